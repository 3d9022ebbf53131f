using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Partnerschap.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initieel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Weergavenaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gemeenten",
                columns: table => new
                {
                    NisCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NaamFr = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Provincie = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Gewest = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false),
                    Postcodes = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Fusiegemeente2025 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gemeenten", x => x.NisCode);
                });

            migrationBuilder.CreateTable(
                name: "KaartVersie",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Stempel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KaartVersie", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Beschrijving = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    KboNummer = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    Telefoon = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Openingsuren = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Kosten = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ToegangOuders = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ToegangProfessionals = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    GedeeldeInformatie = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    LaatstGecontroleerd = table.Column<DateOnly>(type: "date", nullable: true),
                    LaatstGewijzigd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Talen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Doelgroepen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Aanleidingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Aanspreekpunt = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Locaties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Samenwerkingsvormen = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Werkingsgebied = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Aan = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Onderwerp = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    VerstuurdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Aanbod",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Beschrijving = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Kosten = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Actief = table.Column<bool>(type: "bit", nullable: false),
                    Doelgroepen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Aanleidingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Samenwerkingsvormen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Talen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Locaties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Werkingsgebied = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aanbod", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aanbod_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scholen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Instellingsnummer = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Onderwijsniveau = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Net = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Straat = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    GemeenteNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    Telefoon = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ClbId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LopId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LaatstGewijzigd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Zorgcoordinator = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scholen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scholen_Organisaties_ClbId",
                        column: x => x.ClbId,
                        principalTable: "Organisaties",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Scholen_Organisaties_LopId",
                        column: x => x.LopId,
                        principalTable: "Organisaties",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Brugfiguren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Functie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WerkgeverSoort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WerkgeverOrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WerkgeverSchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WerkgeverGemeenteNis = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    Telefoon = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Talen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LaatstGewijzigd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brugfiguren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Brugfiguren_Organisaties_WerkgeverOrganisatieId",
                        column: x => x.WerkgeverOrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Brugfiguren_Scholen_WerkgeverSchoolId",
                        column: x => x.WerkgeverSchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "BrugfiguurScholen",
                columns: table => new
                {
                    BrugfiguurId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScholenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrugfiguurScholen", x => new { x.BrugfiguurId, x.ScholenId });
                    table.ForeignKey(
                        name: "FK_BrugfiguurScholen_Brugfiguren_BrugfiguurId",
                        column: x => x.BrugfiguurId,
                        principalTable: "Brugfiguren",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BrugfiguurScholen_Scholen_ScholenId",
                        column: x => x.ScholenId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Samenwerkingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BrugfiguurId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Samenwerkingsvormen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Aanleidingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Beschrijving = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Sinds = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Samenwerkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Samenwerkingen_Brugfiguren_BrugfiguurId",
                        column: x => x.BrugfiguurId,
                        principalTable: "Brugfiguren",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Samenwerkingen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Samenwerkingen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "rol-beheerder", "rol-beheerder", "Beheerder", "BEHEERDER" },
                    { "rol-onderzoeker", "rol-onderzoeker", "Onderzoeker", "ONDERZOEKER" },
                    { "rol-schoolmedewerker", "rol-schoolmedewerker", "Schoolmedewerker", "SCHOOLMEDEWERKER" },
                    { "rol-welzijnswerker", "rol-welzijnswerker", "Welzijnswerker", "WELZIJNSWERKER" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aanbod_OrganisatieId",
                table: "Aanbod",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Brugfiguren_Slug",
                table: "Brugfiguren",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Brugfiguren_WerkgeverOrganisatieId",
                table: "Brugfiguren",
                column: "WerkgeverOrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Brugfiguren_WerkgeverSchoolId",
                table: "Brugfiguren",
                column: "WerkgeverSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_BrugfiguurScholen_ScholenId",
                table: "BrugfiguurScholen",
                column: "ScholenId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_Slug",
                table: "Organisaties",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_VerstuurdOp",
                table: "OutboxMessages",
                column: "VerstuurdOp");

            migrationBuilder.CreateIndex(
                name: "IX_Samenwerkingen_BrugfiguurId",
                table: "Samenwerkingen",
                column: "BrugfiguurId");

            migrationBuilder.CreateIndex(
                name: "IX_Samenwerkingen_OrganisatieId",
                table: "Samenwerkingen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Samenwerkingen_SchoolId",
                table: "Samenwerkingen",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Scholen_ClbId",
                table: "Scholen",
                column: "ClbId");

            migrationBuilder.CreateIndex(
                name: "IX_Scholen_LopId",
                table: "Scholen",
                column: "LopId");

            migrationBuilder.CreateIndex(
                name: "IX_Scholen_Slug",
                table: "Scholen",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Aanbod");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "BrugfiguurScholen");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Gemeenten");

            migrationBuilder.DropTable(
                name: "KaartVersie");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Samenwerkingen");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Brugfiguren");

            migrationBuilder.DropTable(
                name: "Scholen");

            migrationBuilder.DropTable(
                name: "Organisaties");
        }
    }
}
