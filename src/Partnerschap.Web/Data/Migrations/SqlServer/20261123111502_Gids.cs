using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Gids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hoofdstukken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Samenvatting = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Groep = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Volgorde = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LaatstNagekeken = table.Column<DateOnly>(type: "date", nullable: true),
                    GepubliceerdeVersie = table.Column<int>(type: "int", nullable: true),
                    GeplandeVersie = table.Column<int>(type: "int", nullable: true),
                    PublicatieOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    GewijzigdInPortaal = table.Column<bool>(type: "bit", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hoofdstukken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HoofdstukVersies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HoofdstukId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Nummer = table.Column<int>(type: "int", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Samenvatting = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(max)", maxLength: 200000, nullable: false),
                    Auteur = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Notitie = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Tijdstip = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoofdstukVersies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HoofdstukVersies_Hoofdstukken_HoofdstukId",
                        column: x => x.HoofdstukId,
                        principalTable: "Hoofdstukken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Hoofdstukken_Slug",
                table: "Hoofdstukken",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HoofdstukVersies_HoofdstukId_Nummer",
                table: "HoofdstukVersies",
                columns: new[] { "HoofdstukId", "Nummer" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HoofdstukVersies");

            migrationBuilder.DropTable(
                name: "Hoofdstukken");
        }
    }
}
