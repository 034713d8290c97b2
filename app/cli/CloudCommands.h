#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace ccm::cli {

/// Adds `import`, `list` and `delete` to ccmctl's command list.
void appendCloudCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace ccm::cli
