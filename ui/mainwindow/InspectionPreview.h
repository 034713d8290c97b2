#pragma once

#include "certificate/Inspection.h"

#include <QCoreApplication>
#include <QList>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QWidget;

namespace ccm::ui {

class CertificateDetailsView;
class FindingsView;

/// The main window's preview of an inspection: the certificate, chain, private key and SM2 encryption
/// certificate tabs and the findings list. The window builds it lazily (MainWindow::ensurePreview(), after the
/// first paint); the widgets it makes belong to the window's tab pages and findings box. Its texts keep the
/// ccm::ui::MainWindow translation context.
class InspectionPreview
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// The window's pages the preview fills.
    struct Pages
    {
        QTabWidget* tabs = nullptr;
        QWidget* certificate = nullptr;
        QWidget* chain = nullptr;
        QWidget* key = nullptr;
        QWidget* enc = nullptr;
        QWidget* findings = nullptr;
    };

    /// Builds the contents, in the order of the tabs (so the focus chain follows them), showing no inspection.
    explicit InspectionPreview(const Pages& pages);

    /// The texts that do not depend on the inspection (also after a language change).
    void retranslate();
    /// Nothing inspected yet (the findings are left to setFindings()).
    void showEmpty();
    /// Shows an inspection's certificates, chain and key (the findings are left to setFindings()).
    /// `encPairChosen`: whether the user turned on the SM2 encryption pair (for the placeholder's wording).
    void showInspection(const Inspection& inspection, bool encPairChosen);
    void setFindings(const QList<Finding>& findings);

private:
    void showChain(const Inspection& inspection);
    void showKey(const Inspection& inspection);

    Pages m_pages;
    CertificateDetailsView* m_leafView = nullptr;
    QLabel* m_chainLabel = nullptr;
    QTreeWidget* m_chainTree = nullptr;
    QLabel* m_leftOutLabel = nullptr;
    QTreeWidget* m_leftOutTree = nullptr;
    QLabel* m_keyLabel = nullptr;
    CertificateDetailsView* m_encView = nullptr;
    FindingsView* m_findingsView = nullptr;
};

} // namespace ccm::ui
