using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Levensdomein = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Termen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Zoekt = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Aanleidingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Organisatietypes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hulpvragen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ZoekopdrachtenZonderResultaat",
                columns: table => new
                {
                    Dag = table.Column<DateOnly>(type: "date", nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Gemeente = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Aantal = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZoekopdrachtenZonderResultaat", x => new { x.Dag, x.Tekst, x.Gemeente });
                });

            migrationBuilder.CreateTable(
                name: "HulpvraagWijzigingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HulpvraagId = table.Column<int>(type: "int", nullable: false),
                    Tijdstip = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Door = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
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
