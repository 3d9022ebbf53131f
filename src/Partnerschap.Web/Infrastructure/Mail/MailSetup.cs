namespace Partnerschap.Web.Infrastructure.Mail;

public static class MailSetup
{
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        var delivery = configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.Delivery ?? MailDelivery.Smtp;
        if (delivery == MailDelivery.Outbox)
        {
            services.AddScoped<IMailSender, OutboxMailSender>();
        }
        else
        {
            services.AddScoped<IMailSender, SmtpMailSender>();
        }

        return services;
    }
}
