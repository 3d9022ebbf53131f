using Partnerschap.Web.Data;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Commands;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.Services.AddPortalDatabase(builder.Configuration);
builder.Services.AddPortalIdentity(builder.Configuration);
builder.Services.AddPortalMail(builder.Configuration);
builder.Services.AddPortalWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

// `dotnet run -- <command>` runs an operator command on the same executable and exits.
if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

try
{
    await app.PrepareDatabaseAsync();
    app.UsePortalPipeline();
    app.MapPortalEndpoints();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Het portaal kon niet starten");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
