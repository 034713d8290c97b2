#pragma once

// The interface between ccm-importer and its window module (ccm-importer-window): the executable paints the main
// window's first frame with nothing but Qt Core, Gui and Widgets (ccm_ui_shell), then loads the module, which holds
// the window's behaviour and the services behind it (OpenSSL, Qt Network, Qt Sql, QtKeychain; see docs/DESIGN.md,
// "Start-up"). The module resolves the executable's symbols at load time (the executable exports them).

#include "ui/mainwindow/MainWindow.h"

namespace ccm::profiles {
class ProfileStore;
}

namespace ccm::gui {

/// The module's entries, looked up by name.
inline constexpr auto kWindowModuleVersionEntry = "ccm_window_module_version";
inline constexpr auto kWindowModuleCreateEntry = "ccm_window_module_create";

/// The version the module was built as (CCM_VERSION): the executable uses only a module of its own version.
using WindowModuleVersion = const char* (*)();
/// The behaviour of `window` (owned by the caller), wired to the services the module makes (the keychain, the profile
/// manager, the import and account services, the import history); they live as long as the window. `store` holds the
/// profiles the window's chooser shows; it must outlive the window.
using WindowModuleCreate = ui::MainWindowBehaviour* (*)(ui::MainWindow& window, const ui::MainWindow::Parts& parts,
                                                        profiles::ProfileStore& store);

} // namespace ccm::gui

/// The module's entries (see WindowModuleVersion and WindowModuleCreate).
extern "C" Q_DECL_EXPORT const char* ccm_window_module_version();
extern "C" Q_DECL_EXPORT ccm::ui::MainWindowBehaviour* ccm_window_module_create(ccm::ui::MainWindow& window,
                                                                                const ccm::ui::MainWindow::Parts& parts,
                                                                                ccm::profiles::ProfileStore& store);
