#pragma once

#include "CertificatesWindowUi.h"

#include "application/AccountService.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAction;
class QTableView;
class QTimer;

namespace ccm::ui {

class CertificateFilterModel;
class CertificateListModel;

/// Account > Certificates: the certificates of a profile's account in a sortable, filterable table (expiry first),
/// with the details of the selected one and its actions: copy the id, push to cloud services, delete.
///
/// Opens with the last list seen for the profile (AccountService's cache, with its age) and refreshes in the
/// background; the window only shows what the service computes and passes on what the user does.
class CertificatesWindow : public QDialog
{
    Q_OBJECT

public:
    /// Asks a yes/no question (a message box by default); tests answer it.
    using Confirm = std::function<bool(QWidget* parent, const QString& title, const QString& text)>;
    /// Asks where to push (PushDialog by default); nothing: the user cancelled.
    using PushChooser =
        std::function<std::optional<cloud::PushRequest>(QWidget* parent, const QString& certificateName)>;

    /// `service` must outlive the window. Shows the cached list at once and starts a refresh from the event loop.
    CertificatesWindow(application::AccountService& service, const QString& profileId, QWidget* parent = nullptr);
    ~CertificatesWindow() override;

    void setConfirmer(Confirm confirm) { m_confirm = std::move(confirm); }
    void setPushChooser(PushChooser chooser) { m_choosePush = std::move(chooser); }

    /// Fetches the list again; the filter box's text is the service's keyword filter.
    void refresh();
    /// Stops the refresh in flight; the list shown stays.
    void cancelRefresh();
    bool isRefreshing() const { return m_refreshing; }
    /// True while a push or delete runs.
    bool isBusy() const { return m_busy; }

    /// Selects the row of this certificate; false when it is not shown.
    bool selectCertificate(const QString& id);
    QString selectedId() const;
    void copySelectedId();
    void pushSelected();
    void deleteSelected();
    void showHelp();

    CertificateListModel* model() const { return m_model; }
    CertificateFilterModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_ui.table; }
    QString summaryText() const;
    /// "List as of 5 minutes ago", "Updated just now", …
    QString ageText() const;
    /// The outcome of the last action or refresh (errors included).
    QString messageText() const;
    QString detailsText() const;
    QString incompleteText() const;

Q_SIGNALS:
    /// A refresh ended (well or not).
    void refreshFinished();
    /// A push or delete ended (well or not).
    void actionFinished();
    /// The details of the selected certificate arrived.
    void detailsShown();

private:
    void showList(const application::AccountList& list);
    void updateAge();
    void updateButtons();
    void selectionChanged();
    void setMessage(const QString& text, bool problem);
    void setBusy(bool busy);

    application::AccountService& m_service;
    QString m_profileId;
    CertificateListModel* m_model = nullptr;
    CertificateFilterModel* m_proxy = nullptr;
    CertificatesWindowUi m_ui;
    QList<QAction*> m_actions;
    QTimer* m_ageTimer = nullptr;
    Confirm m_confirm;
    PushChooser m_choosePush;
    QDateTime m_fetched;
    bool m_fromCache = false;
    QString m_searched; ///< the service-side keyword of the list shown
    bool m_refreshing = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    quint64 m_detailsGeneration = 0;
};

} // namespace ccm::ui
