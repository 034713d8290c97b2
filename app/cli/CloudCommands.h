#pragma once

#include "Command.h"

#include "common/Result.h"
#include "profiles/ResolvedProfile.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace ccm::cli {

/// Resolves `--profile NAME` for the cloud commands; tests replace it. The default asks the profiles module.
using ProfileResolver = std::function<Result<profiles::ResolvedProfile>(const QString& name)>;
void setProfileResolver(ProfileResolver resolver);

/// Adds `import`, `list` and `delete` to ccmctl's command list.
void appendCloudCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace ccm::cli
