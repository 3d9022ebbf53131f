using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GidsFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GidsFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HoofdstukId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nuttig = table.Column<bool>(type: "INTEGER", nullable: false),
                    Opmerking = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GidsFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GidsFeedback_Hoofdstukken_HoofdstukId",
                        column: x => x.HoofdstukId,
                        principalTable: "Hoofdstukken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GidsFeedback_HoofdstukId",
                table: "GidsFeedback",
                column: "HoofdstukId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GidsFeedback");
        }
    }
}
