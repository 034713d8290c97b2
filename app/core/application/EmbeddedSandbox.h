#pragma once

#include "common/Result.h"

#include <QString>

namespace ccm::sandbox {
class Sandbox;
} // namespace ccm::sandbox

namespace ccm::application {

/// Where the built-in sandbox profile keeps its certificates (metadata only), shared by the application and
/// ccmctl: `sandbox-state.json` beside the import history ($XDG_DATA_HOME/ccm-importer on Linux).
QString defaultStateFile();

/// The process's own sandbox behind the built-in "Local sandbox" profile: started on first use over plain HTTP
/// on a free 127.0.0.1 port, owned by the application object, stopped when the application quits.
/// `stateFile` (used only by the call that starts it) keeps its certificates across restarts; empty: in memory.
/// Call from the thread of QCoreApplication.
Result<sandbox::Sandbox*> embeddedSandbox(const QString& stateFile = {});

} // namespace ccm::application
