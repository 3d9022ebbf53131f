using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Einddatum",
                table: "Scholen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Hoofdzetel",
                table: "Scholen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NietInOfficieleLijstSinds",
                table: "Scholen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Onderwijsaanbod",
                table: "Scholen",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Plaats",
                table: "Scholen",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Vestigingsplaatsnummer",
                table: "Scholen",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HuidigeWaarde",
                table: "Meldingen",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Veld",
                table: "Meldingen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoorgesteldeWaarde",
                table: "Meldingen",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AlleenFunctie",
                table: "Brugfiguren",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Versie",
                table: "Brugfiguren",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Organisatievoorstellen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GemeenteNis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    KboNummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Gegevens = table.Column<string>(type: "TEXT", nullable: false),
                    IndienerNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndienerEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    IndienerFunctie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmailBevestigdOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    BehandeldDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BehandeldOp = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Bericht = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GebruikerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
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
