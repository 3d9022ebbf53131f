using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Samenwerkingsscan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Actiepunten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SamenwerkingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Actie = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Wie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tegen = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ThemaCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actiepunten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Actiepunten_Samenwerkingen_SamenwerkingId",
                        column: x => x.SamenwerkingId,
                        principalTable: "Samenwerkingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanInvullingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SamenwerkingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ronde = table.Column<int>(type: "integer", nullable: false),
                    Kant = table.Column<int>(type: "integer", nullable: false),
                    ScanVersieNummer = table.Column<int>(type: "integer", nullable: false),
                    Antwoorden = table.Column<string>(type: "text", nullable: false),
                    ToestemmingOnderzoek = table.Column<bool>(type: "boolean", nullable: false),
                    GebruikerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IngevuldDoor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IngevuldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanInvullingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanInvullingen_Samenwerkingen_SamenwerkingId",
                        column: x => x.SamenwerkingId,
                        principalTable: "Samenwerkingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanVersies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Inhoud = table.Column<string>(type: "text", nullable: false),
                    Auteur = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Notitie = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActiepuntWijzigingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActiepuntId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GebruikerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Door = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActiepuntWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActiepuntWijzigingen_Actiepunten_ActiepuntId",
                        column: x => x.ActiepuntId,
                        principalTable: "Actiepunten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Actiepunten_SamenwerkingId",
                table: "Actiepunten",
                column: "SamenwerkingId");

            migrationBuilder.CreateIndex(
                name: "IX_ActiepuntWijzigingen_ActiepuntId_Tijdstip",
                table: "ActiepuntWijzigingen",
                columns: new[] { "ActiepuntId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_ScanInvullingen_SamenwerkingId_Ronde_Kant",
                table: "ScanInvullingen",
                columns: new[] { "SamenwerkingId", "Ronde", "Kant" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanVersies_Nummer",
                table: "ScanVersies",
                column: "Nummer",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActiepuntWijzigingen");

            migrationBuilder.DropTable(
                name: "ScanInvullingen");

            migrationBuilder.DropTable(
                name: "ScanVersies");

            migrationBuilder.DropTable(
                name: "Actiepunten");
        }
    }
}
