#include "application/EmbeddedSandbox.h"

#include "history/ImportHistory.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>

namespace ccm::application {

using sandbox::Sandbox;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::application::EmbeddedSandbox)
};

QPointer<Sandbox>& instance()
{
    static QPointer<Sandbox> sandbox;
    return sandbox;
}

} // namespace

QString defaultStateFile()
{
    return QFileInfo(history::ImportHistory::defaultPath()).absolutePath() + QStringLiteral("/sandbox-state.json");
}

Result<Sandbox*> embeddedSandbox(const QString& stateFile)
{
    QPointer<Sandbox>& sandbox = instance();
    if (sandbox && sandbox->isRunning())
        return sandbox.data();
    if (!QCoreApplication::instance()) {
        return Error{QStringLiteral("sandbox.no-application"),
                     Texts::tr("The local sandbox needs a running application object."),
                     {}};
    }
    auto created = std::make_unique<Sandbox>();
    if (!stateFile.isEmpty()) {
        if (const Status loaded = created->setStateFile(stateFile); !loaded)
            return loaded.error();
    }
    const auto started = created->start();
    if (!started)
        return started.error();
    created->setParent(QCoreApplication::instance());
    sandbox = created.release();
    return sandbox.data();
}

} // namespace ccm::application
