using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BeeindigdeSessies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BeeindigdeSessies",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AfgemeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    BewaarTot = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BeeindigdeSessies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BeeindigdeSessies_BewaarTot",
                table: "BeeindigdeSessies",
                column: "BewaarTot");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BeeindigdeSessies");
        }
    }
}
