#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace ccm::sandbox {
class Sandbox;
}

namespace ccm::cli {

/// `ccmctl sandbox`: runs the local SCM + IAM emulator in the foreground until Ctrl+C or SIGTERM.
class SandboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::SandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

/// The text `ccmctl sandbox` prints once it listens: endpoint, demo credentials and how to use them.
QString sandboxBanner(const sandbox::Sandbox& sandbox, const QString& caFile, const QString& stateFile);

} // namespace ccm::cli
