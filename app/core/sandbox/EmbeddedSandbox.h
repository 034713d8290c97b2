#pragma once

#include "common/Result.h"
#include "profiles/ResolvedProfile.h"

#include <QString>

namespace ccm::sandbox {

class Sandbox;

/// The process's own sandbox behind the built-in "Local sandbox" profile: started on first use over plain HTTP
/// on a free 127.0.0.1 port, owned by the application object, stopped when the application quits.
/// `stateFile` (used only by the call that starts it) keeps its certificates across restarts; empty: in memory.
/// Call from the thread of QCoreApplication.
Result<Sandbox*> embeddedSandbox(const QString& stateFile = {});

/// Points a resolved sandbox profile at the embedded sandbox (starting it if needed): its endpoint for SCM and
/// IAM, and the demo AK/SK with the account id. Profiles that are not the sandbox are left as they are.
Status useEmbeddedSandbox(profiles::ResolvedProfile& profile, const QString& stateFile = {});

} // namespace ccm::sandbox
