#pragma once

#include "certificate/ImportPayload.h"

#include <QCoreApplication>

class QPalette;

namespace Ui {
class MainWindow;
}

namespace ccm::ui {

/// The main window's import form: the name, the enterprise project and "Allow duplicate upload", with what is wrong
/// with a field shown under it as it is typed. Its texts keep the ccm::ui::MainWindow translation context.
class ImportFormFields
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// `ui` must outlive this object.
    explicit ImportFormFields(Ui::MainWindow& ui);

    /// The form as it would be sent now.
    ImportForm form() const;
    /// Shows under each field what is wrong with it (also the field's accessible description).
    void validate();
    /// The name field's placeholder: the name generated from the leaf (empty: "Generated from the certificate").
    void showGeneratedName(const QString& name);
    /// The messages under the fields in the problem colour of the window's palette.
    void applyPalette(const QPalette& palette);
    /// Clear buttons in the text fields (an icon each; left out of the first frame).
    void enableClearButtons();

private:
    Ui::MainWindow& m_ui;
};

} // namespace ccm::ui
