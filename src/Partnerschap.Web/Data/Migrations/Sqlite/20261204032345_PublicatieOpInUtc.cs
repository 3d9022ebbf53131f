using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicatieOpInUtc : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hoofdstuk.Plan writes PublicatieOp in UTC from now on. Older rows carry the Brussels offset (+01:00 or
            // +02:00), and DateTimeOffsetToBinaryConverter stores ((wall-clock ticks / 1000) << 11) | offset minutes:
            // such a number does not compare with "now" in UTC. Rewrite it as the same moment with offset 0:
            // wall-clock ticks / 1000 minus offset minutes × 600 000, no offset bits. The low 11 bits are a signed count.
            migrationBuilder.Sql("""
                UPDATE "Hoofdstukken"
                SET "PublicatieOp" = (("PublicatieOp" >> 11)
                    - (CASE WHEN ("PublicatieOp" & 2047) >= 1024 THEN ("PublicatieOp" & 2047) - 2048 ELSE ("PublicatieOp" & 2047) END) * 600000) << 11
                WHERE "PublicatieOp" IS NOT NULL AND ("PublicatieOp" & 2047) <> 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the moments are unchanged, and the code before this migration reads UTC values as well.
        }
    }
}
