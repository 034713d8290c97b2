#pragma once

#include <QString>

namespace ccm {

/// The product version, from the project() call in CMakeLists.txt.
inline QString versionString()
{
    return QStringLiteral(CCM_VERSION);
}

inline constexpr auto kApplicationId = "io.github.ccm_importer.CcmImporter";
inline constexpr auto kOrganizationName = "CCM Importer";
inline constexpr auto kApplicationName = "ccm-importer";

} // namespace ccm
