using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OpenGegevens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClbNaam",
                table: "Scholen",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Einddatum",
                table: "Scholen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Hoofdzetel",
                table: "Scholen",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NietInOfficieleLijstSinds",
                table: "Scholen",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Onderwijsaanbod",
                table: "Scholen",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Plaats",
                table: "Scholen",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Vestigingsplaatsnummer",
                table: "Scholen",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HuidigeWaarde",
                table: "Meldingen",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Veld",
                table: "Meldingen",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoorgesteldeWaarde",
                table: "Meldingen",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AlleenFunctie",
                table: "Brugfiguren",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Versie",
                table: "Brugfiguren",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Organisatievoorstellen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisatieNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GemeenteNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    KboNummer = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Gegevens = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IndienerNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IndienerEmail = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    IndienerFunctie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EmailBevestigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BehandeldDoor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    BehandeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Bericht = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisatievoorstellen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scholen_Instellingsnummer_Vestigingsplaatsnummer",
                table: "Scholen",
                columns: new[] { "Instellingsnummer", "Vestigingsplaatsnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisatievoorstellen_IndienerEmail",
                table: "Organisatievoorstellen",
                column: "IndienerEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Organisatievoorstellen_Status_AangemaaktOp",
                table: "Organisatievoorstellen",
                columns: new[] { "Status", "AangemaaktOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Organisatievoorstellen");

            migrationBuilder.DropIndex(
                name: "IX_Scholen_Instellingsnummer_Vestigingsplaatsnummer",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "ClbNaam",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "Einddatum",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "Hoofdzetel",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "NietInOfficieleLijstSinds",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "Onderwijsaanbod",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "Plaats",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "Vestigingsplaatsnummer",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "HuidigeWaarde",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "Veld",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "VoorgesteldeWaarde",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "AlleenFunctie",
                table: "Brugfiguren");

            migrationBuilder.DropColumn(
                name: "Versie",
                table: "Brugfiguren");
        }
    }
}
