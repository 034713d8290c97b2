#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace ccm::cli {

/// `ccmctl sandbox`: runs the local SCM + IAM emulator in the foreground and prints how to reach it.
class SandboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::SandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace ccm::cli
