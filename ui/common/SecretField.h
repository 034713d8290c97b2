#pragma once

class QLineEdit;

namespace ccm::ui {

/// Makes a QLineEdit fit for a passphrase or secret: its undo history (which keeps every typed character, and
/// QLineEdit has no switch to turn it off) is dropped after each edit, so undo/redo have nothing to restore and the
/// characters are not kept there for the dialog's lifetime; no context menu (its Undo/Redo/Copy entries).
void makeSecretField(QLineEdit* edit);

} // namespace ccm::ui
