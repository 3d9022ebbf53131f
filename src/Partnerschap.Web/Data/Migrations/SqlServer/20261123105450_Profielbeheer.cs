using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Profielbeheer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LaatstGecontroleerd",
                table: "Scholen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Versie",
                table: "Scholen",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LaatsteHerinnering",
                table: "Organisaties",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Versie",
                table: "Organisaties",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Gedeactiveerd",
                table: "AspNetUsers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "UitgenodigdDoor",
                table: "AspNetUsers",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Versie",
                table: "Aanbod",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Tijdstip = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Onderwerp = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Lidmaatschappen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Sinds = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lidmaatschappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProfielId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProfielNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProfielUrl = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BehandeldDoor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Notitie = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meldingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProfielVersies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProfielId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Nummer = table.Column<int>(type: "int", nullable: false),
                    Tijdstip = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Door = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Aard = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Wijzigingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Momentopname = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfielVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Toegangsaanvragen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AangevraagdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    BehandeldDoor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    BehandeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toegangsaanvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toegangsaanvragen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Toegangsaanvragen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Soort_Tijdstip",
                table: "AuditLog",
                columns: new[] { "Soort", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Tijdstip",
                table: "AuditLog",
                column: "Tijdstip");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_GebruikerId_OrganisatieId_SchoolId",
                table: "Lidmaatschappen",
                columns: new[] { "GebruikerId", "OrganisatieId", "SchoolId" },
                unique: true,
                filter: "[OrganisatieId] IS NOT NULL AND [SchoolId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_OrganisatieId",
                table: "Lidmaatschappen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_SchoolId",
                table: "Lidmaatschappen",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_OrganisatieId",
                table: "Meldingen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_Status_AangemaaktOp",
                table: "Meldingen",
                columns: new[] { "Status", "AangemaaktOp" });

            migrationBuilder.CreateIndex(
                name: "IX_ProfielVersies_Soort_ProfielId_Nummer",
                table: "ProfielVersies",
                columns: new[] { "Soort", "ProfielId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Toegangsaanvragen_GebruikerId",
                table: "Toegangsaanvragen",
                column: "GebruikerId");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangsaanvragen_OrganisatieId",
                table: "Toegangsaanvragen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangsaanvragen_Status",
                table: "Toegangsaanvragen",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Lidmaatschappen");

            migrationBuilder.DropTable(
                name: "Meldingen");

            migrationBuilder.DropTable(
                name: "ProfielVersies");

            migrationBuilder.DropTable(
                name: "Toegangsaanvragen");

            migrationBuilder.DropColumn(
                name: "LaatstGecontroleerd",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "Versie",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "LaatsteHerinnering",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "Versie",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "Gedeactiveerd",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "UitgenodigdDoor",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Versie",
                table: "Aanbod");
        }
    }
}
