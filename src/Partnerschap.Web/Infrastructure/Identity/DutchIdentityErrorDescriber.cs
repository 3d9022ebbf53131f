using Microsoft.AspNetCore.Identity;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>Identity's messages in plain Dutch.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Een wachtwoord heeft minstens {length} tekens." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Het wachtwoord klopt niet." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Deze link is niet (meer) geldig. Vraag een nieuwe link aan." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Er bestaat al een account met het e-mailadres {email}." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Er bestaat al een account met de naam {userName}." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"'{email}' is geen geldig e-mailadres." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"'{userName}' is geen geldige gebruikersnaam." };

    public override IdentityError UserAlreadyInRole(string role) =>
        new() { Code = nameof(UserAlreadyInRole), Description = $"Deze persoon heeft de rol {role} al." };

    public override IdentityError UserNotInRole(string role) =>
        new() { Code = nameof(UserNotInRole), Description = $"Deze persoon heeft de rol {role} niet." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders heeft dit account net gewijzigd. Probeer opnieuw." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Er liep iets mis. Probeer opnieuw." };
}
