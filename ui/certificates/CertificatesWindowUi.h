#pragma once

#include <QCoreApplication>

class QAbstractItemModel;
class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace ccm::ui {

/// The certificates window's widgets and their layout, as uic would make them from a .ui file: the filter row, the
/// list's state, the table with the details and action buttons beside it, the outcome line and Close/Help. Object
/// names, accessible names and sizes are set here; what the widgets do is the window's. Its texts keep the
/// ccm::ui::CertificatesWindow translation context.
class CertificatesWindowUi
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::CertificatesWindow)

public:
    /// Builds the widgets into `window`; the table shows `model` (sorted by expiry, soonest first).
    void setupUi(QDialog* window, QAbstractItemModel* model);

    QLineEdit* filter = nullptr;
    QComboBox* level = nullptr;
    QPushButton* refresh = nullptr;
    QPushButton* cancel = nullptr;
    QLabel* summary = nullptr;
    QLabel* age = nullptr;
    QProgressBar* progress = nullptr;
    QLabel* incomplete = nullptr;
    QTableView* table = nullptr;
    QTextBrowser* details = nullptr;
    QPushButton* copy = nullptr;
    QPushButton* push = nullptr;
    QPushButton* remove = nullptr;
    QLabel* message = nullptr;
    QDialogButtonBox* buttons = nullptr;
};

} // namespace ccm::ui
