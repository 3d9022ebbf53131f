using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partnerschap.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublicatieOpInUtc : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hoofdstuk.Plan writes PublicatieOp in UTC from now on; older rows carry the Brussels offset. SQL Server
            // compares datetimeoffset in UTC either way, so this only makes the stored values alike: the same moment,
            // offset +00:00.
            migrationBuilder.Sql("""
                UPDATE [Hoofdstukken]
                SET [PublicatieOp] = SWITCHOFFSET([PublicatieOp], '+00:00')
                WHERE [PublicatieOp] IS NOT NULL AND DATEPART(TZOFFSET, [PublicatieOp]) <> 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the moments are unchanged, and the code before this migration reads UTC values as well.
        }
    }
}
