#pragma once

#include "Command.h"

#include "common/Result.h"
#include "profiles/Profile.h"
#include "profiles/ResolvedProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace ccm::profiles {
class ProfileStore;
class SecretStore;
} // namespace ccm::profiles

namespace ccm::cli {

/// `ccmctl profile list|show|add|edit|remove|duplicate|default|test|export|import`: saved account profiles.
///
/// Secrets come from standard input (--secret-stdin, one per line in the order the authentication kind needs
/// them), from named environment variables (--secret-env VAR), or from a hidden prompt on a terminal; never
/// from the arguments. They go to the system's credential store only.
class ProfileCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::ProfileCommand)

public:
    ProfileCommand();
    /// For tests: another profile file, secret store and environment (the command does not own them).
    ProfileCommand(profiles::ProfileStore* store, profiles::SecretStore* secrets, QProcessEnvironment environment);
    ~ProfileCommand() override;

    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

/// Reads the secrets an authentication kind needs, for this run: from standard input when `fromStdin` (one
/// per line, in the order of profiles::secretKindsFor()), else from the variables named in `environmentNames`
/// (same order), else nothing. Used by `profile add/edit/test` and by `import --profile NAME --secret-stdin`.
Result<profiles::SecretOverrides> readSecretsForRun(Console& console, cloud::AuthKind kind, bool fromStdin,
                                                    const QStringList& environmentNames,
                                                    const QProcessEnvironment& environment);

} // namespace ccm::cli
