using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Hulpvragen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hulpvragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Levensdomein = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Termen = table.Column<string>(type: "TEXT", nullable: false),
                    Zoekt = table.Column<string>(type: "TEXT", nullable: false),
                    Aanleidingen = table.Column<string>(type: "TEXT", nullable: false),
                    Organisatietypes = table.Column<string>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hulpvragen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ZoekopdrachtenZonderResultaat",
                columns: table => new
                {
                    Dag = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Aantal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZoekopdrachtenZonderResultaat", x => new { x.Dag, x.Tekst, x.Gemeente });
                });

            migrationBuilder.CreateTable(
                name: "HulpvraagWijzigingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HulpvraagId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    GebruikerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Door = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HulpvraagWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HulpvraagWijzigingen_Hulpvragen_HulpvraagId",
                        column: x => x.HulpvraagId,
                        principalTable: "Hulpvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HulpvraagWijzigingen_HulpvraagId_Tijdstip",
                table: "HulpvraagWijzigingen",
                columns: new[] { "HulpvraagId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_Hulpvragen_Code",
                table: "Hulpvragen",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HulpvraagWijzigingen");

            migrationBuilder.DropTable(
                name: "ZoekopdrachtenZonderResultaat");

            migrationBuilder.DropTable(
                name: "Hulpvragen");
        }
    }
}
