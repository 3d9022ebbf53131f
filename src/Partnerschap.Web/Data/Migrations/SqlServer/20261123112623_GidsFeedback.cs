using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HoofdstukId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Nuttig = table.Column<bool>(type: "bit", nullable: false),
                    Opmerking = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Tijdstip = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
