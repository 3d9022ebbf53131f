using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Partnerschap.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Weergavenaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Gedeactiveerd = table.Column<bool>(type: "boolean", nullable: false),
                    UitgenodigdDoor = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Onderwerp = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BeeindigdeSessies",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GebruikerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AfgemeldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BewaarTot = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BeeindigdeSessies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gemeenten",
                columns: table => new
                {
                    NisCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NaamFr = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Provincie = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Gewest = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Postcodes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Fusiegemeente2025 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gemeenten", x => x.NisCode);
                });

            migrationBuilder.CreateTable(
                name: "Hoofdstukken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Samenvatting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Groep = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LaatstNagekeken = table.Column<DateOnly>(type: "date", nullable: true),
                    GepubliceerdeVersie = table.Column<int>(type: "integer", nullable: true),
                    GeplandeVersie = table.Column<int>(type: "integer", nullable: true),
                    PublicatieOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GewijzigdInPortaal = table.Column<bool>(type: "boolean", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hoofdstukken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Hulpvragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Levensdomein = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Termen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Zoekt = table.Column<List<string>>(type: "text[]", nullable: false),
                    Aanleidingen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Organisatietypes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hulpvragen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KaartVersie",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Stempel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KaartVersie", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProfielId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: true),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProfielNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProfielUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BehandeldDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Notitie = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meldingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Beschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    KboNummer = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Openingsuren = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Kosten = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ToegangOuders = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ToegangProfessionals = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GedeeldeInformatie = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    LaatstGecontroleerd = table.Column<DateOnly>(type: "date", nullable: true),
                    LaatstGewijzigd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    LaatsteImport = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LaatsteHerinnering = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Talen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Doelgroepen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Aanleidingen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Aanspreekpunt = table.Column<string>(type: "jsonb", nullable: true),
                    Locaties = table.Column<string>(type: "jsonb", nullable: true),
                    Samenwerkingsvormen = table.Column<string>(type: "jsonb", nullable: true),
                    Werkingsgebied = table.Column<string>(type: "jsonb", nullable: true)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Aan = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Onderwerp = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    VerstuurdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProfielVersies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProfielId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GebruikerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Door = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Aard = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Wijzigingen = table.Column<string>(type: "text", nullable: false),
                    Momentopname = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfielVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ZoekopdrachtenZonderResultaat",
                columns: table => new
                {
                    Dag = table.Column<DateOnly>(type: "date", nullable: false),
                    Tekst = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Gemeente = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Aantal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZoekopdrachtenZonderResultaat", x => new { x.Dag, x.Tekst, x.Gemeente });
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
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
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
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
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
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
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
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
                name: "Deelgemeenten",
                columns: table => new
                {
                    Postcode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NisCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    AndereNamen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deelgemeenten", x => new { x.Postcode, x.Naam });
                    table.ForeignKey(
                        name: "FK_Deelgemeenten_Gemeenten_NisCode",
                        column: x => x.NisCode,
                        principalTable: "Gemeenten",
                        principalColumn: "NisCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GidsFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HoofdstukId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nuttig = table.Column<bool>(type: "boolean", nullable: false),
                    Opmerking = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "HoofdstukVersies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HoofdstukId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Samenvatting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    Auteur = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Notitie = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "HulpvraagWijzigingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HulpvraagId = table.Column<int>(type: "integer", nullable: false),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GebruikerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Door = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Aanbod",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Beschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Kosten = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Actief = table.Column<bool>(type: "boolean", nullable: false),
                    UitImport = table.Column<bool>(type: "boolean", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    Doelgroepen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Aanleidingen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Samenwerkingsvormen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Talen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Locaties = table.Column<string>(type: "jsonb", nullable: true),
                    Werkingsgebied = table.Column<string>(type: "jsonb", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Instellingsnummer = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Onderwijsniveau = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Net = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Straat = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    GemeenteNis = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClbId = table.Column<Guid>(type: "uuid", nullable: true),
                    LopId = table.Column<Guid>(type: "uuid", nullable: true),
                    LaatstGewijzigd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LaatstGecontroleerd = table.Column<DateOnly>(type: "date", nullable: true),
                    LaatsteImport = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    Zorgcoordinator = table.Column<string>(type: "jsonb", nullable: true)
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
                name: "Toegangsaanvragen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GebruikerId = table.Column<string>(type: "text", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AangevraagdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BehandeldDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    BehandeldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reden = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toegangsaanvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toegangsaanvragen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Toegangsaanvragen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Brugfiguren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Functie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WerkgeverSoort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WerkgeverOrganisatieId = table.Column<Guid>(type: "uuid", nullable: true),
                    WerkgeverSchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    WerkgeverGemeenteNis = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Talen = table.Column<List<string>>(type: "text[]", nullable: false),
                    LaatstGewijzigd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "Lidmaatschappen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GebruikerId = table.Column<string>(type: "text", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: true),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    Sinds = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lidmaatschappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BrugfiguurScholen",
                columns: table => new
                {
                    BrugfiguurId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScholenId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    BrugfiguurId = table.Column<Guid>(type: "uuid", nullable: true),
                    Samenwerkingsvormen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Aanleidingen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Beschrijving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Sinds = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WachtOpBevestiging = table.Column<bool>(type: "boolean", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
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
                unique: true);

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
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Soort_Tijdstip",
                table: "AuditLog",
                columns: new[] { "Soort", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Tijdstip",
                table: "AuditLog",
                column: "Tijdstip");

            migrationBuilder.CreateIndex(
                name: "IX_BeeindigdeSessies_BewaarTot",
                table: "BeeindigdeSessies",
                column: "BewaarTot");

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
                name: "IX_Deelgemeenten_NisCode",
                table: "Deelgemeenten",
                column: "NisCode");

            migrationBuilder.CreateIndex(
                name: "IX_GidsFeedback_HoofdstukId",
                table: "GidsFeedback",
                column: "HoofdstukId");

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

            migrationBuilder.CreateIndex(
                name: "IX_HulpvraagWijzigingen_HulpvraagId_Tijdstip",
                table: "HulpvraagWijzigingen",
                columns: new[] { "HulpvraagId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_Hulpvragen_Code",
                table: "Hulpvragen",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_GebruikerId_OrganisatieId_SchoolId",
                table: "Lidmaatschappen",
                columns: new[] { "GebruikerId", "OrganisatieId", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_OrganisatieId",
                table: "Lidmaatschappen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_SchoolId",
                table: "Lidmaatschappen",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_OrganisatieId",
                table: "Meldingen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_Status_AangemaaktOp",
                table: "Meldingen",
                columns: new[] { "Status", "AangemaaktOp" });

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
                name: "IX_ProfielVersies_Soort_ProfielId_Nummer",
                table: "ProfielVersies",
                columns: new[] { "Soort", "ProfielId", "Nummer" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Toegangsaanvragen_GebruikerId",
                table: "Toegangsaanvragen",
                column: "GebruikerId");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangsaanvragen_OrganisatieId",
                table: "Toegangsaanvragen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangsaanvragen_Status",
                table: "Toegangsaanvragen",
                column: "Status");
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
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "BeeindigdeSessies");

            migrationBuilder.DropTable(
                name: "BrugfiguurScholen");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Deelgemeenten");

            migrationBuilder.DropTable(
                name: "GidsFeedback");

            migrationBuilder.DropTable(
                name: "HoofdstukVersies");

            migrationBuilder.DropTable(
                name: "HulpvraagWijzigingen");

            migrationBuilder.DropTable(
                name: "KaartVersie");

            migrationBuilder.DropTable(
                name: "Lidmaatschappen");

            migrationBuilder.DropTable(
                name: "Meldingen");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ProfielVersies");

            migrationBuilder.DropTable(
                name: "Samenwerkingen");

            migrationBuilder.DropTable(
                name: "Toegangsaanvragen");

            migrationBuilder.DropTable(
                name: "ZoekopdrachtenZonderResultaat");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Gemeenten");

            migrationBuilder.DropTable(
                name: "Hoofdstukken");

            migrationBuilder.DropTable(
                name: "Hulpvragen");

            migrationBuilder.DropTable(
                name: "Brugfiguren");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Scholen");

            migrationBuilder.DropTable(
                name: "Organisaties");
        }
    }
}
