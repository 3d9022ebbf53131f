using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportEnBevestiging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LaatsteImport",
                table: "Scholen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Versie",
                table: "Samenwerkingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "WachtOpBevestiging",
                table: "Samenwerkingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LaatsteImport",
                table: "Organisaties",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "UitImport",
                table: "Aanbod",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LaatsteImport",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "Versie",
                table: "Samenwerkingen");

            migrationBuilder.DropColumn(
                name: "WachtOpBevestiging",
                table: "Samenwerkingen");

            migrationBuilder.DropColumn(
                name: "LaatsteImport",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "UitImport",
                table: "Aanbod");
        }
    }
}
