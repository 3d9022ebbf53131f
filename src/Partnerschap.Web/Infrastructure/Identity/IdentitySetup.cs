using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    public const string CookieName = "__Host-partnerschap";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CommonPasswordList>();
        services.AddSingleton<AccountLinks>();
        services.AddScoped<WachtwoordTiming>();
        services.AddSingleton<WachtwoordMails>();
        services.AddHostedService(sp => sp.GetRequiredService<WachtwoordMails>());

        services
            .AddIdentity<PortalUser, IdentityRole>(options =>
            {
                // OWASP ASVS level 2: length, no composition rules, a list of common passwords.
                options.Password.RequiredLength = Wachtwoordregels.MinLengte;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<UitnodigingTokenProvider>(UitnodigingTokenProvider.Naam)
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = auth.LinkLifetime);
        services.Configure<UitnodigingTokenProviderOptions>(o => o.TokenLifespan = auth.InvitationLifetime);
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);

        // Role changes and "overal afmelden" take effect on the next request: the stamp is checked every time.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = SignInTime.CarryOver;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = auth.IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/aanmelden";
            o.LogoutPath = "/afmelden";
            o.AccessDeniedPath = "/geen-toegang";
            o.ReturnUrlParameter = "terug";
            o.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = SignInTime.ValidateAsync,
                // Relative redirects: the Host header is the visitor's to choose and never ends up in a Location.
                OnRedirectToLogin = RedirectRelatief,
                OnRedirectToAccessDenied = RedirectRelatief,
            };
        });

        return services;
    }

    private static Task RedirectRelatief(RedirectContext<CookieAuthenticationOptions> context)
    {
        var uri = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
        context.Response.Redirect(uri.IsAbsoluteUri ? uri.PathAndQuery + uri.Fragment : context.RedirectUri);
        return Task.CompletedTask;
    }
}
