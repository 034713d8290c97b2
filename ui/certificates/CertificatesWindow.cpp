#include "CertificatesWindow.h"

#include "CertificateDescription.h"
#include "CertificateListModel.h"
#include "PushDialog.h"
#include "ui/help/HelpDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

namespace ccm::ui {

namespace {

QString field(const QJsonObject& entry, const char* key)
{
    return CertificateDescription::field(entry, key);
}

} // namespace

CertificatesWindow::CertificatesWindow(application::AccountService& service, const QString& profileId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_profileId(profileId)
{
    setObjectName(QStringLiteral("certificatesWindow"));
    const QString profileName = service.profileName(profileId);
    setWindowTitle(tr("Certificates of \"%1\"").arg(profileName.isEmpty() ? profileId : profileName));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    resize(1120, 620);

    m_model = new CertificateListModel(this);
    m_proxy = new CertificateFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_ui.setupUi(this, m_proxy);
    connect(m_ui.buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui.buttons, &QDialogButtonBox::helpRequested, this, &CertificatesWindow::showHelp);

    // Keyboard: every action also has a key, listed by the help.
    const auto makeAction = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        m_actions.append(action);
        return action;
    };
    makeAction(tr("Refresh the list"), {QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::Key_F5)},
               &CertificatesWindow::refresh);
    makeAction(tr("Find: go to the filter"), {QKeySequence(QKeySequence::Find)},
               [this] { m_ui.filter->setFocus(Qt::ShortcutFocusReason); });
    makeAction(tr("Copy the id of the selected certificate"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
               &CertificatesWindow::copySelectedId);
    makeAction(tr("Push the selected certificate"), {QKeySequence(Qt::CTRL | Qt::Key_P)},
               &CertificatesWindow::pushSelected);
    QAction* remove = makeAction(tr("Delete the selected certificate"), {QKeySequence(QKeySequence::Delete)},
                                 &CertificatesWindow::deleteSelected);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_ui.table->addAction(remove);
    makeAction(tr("Help"), {QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::Key_F1)},
               &CertificatesWindow::showHelp);

    connect(m_ui.filter, &QLineEdit::textChanged, m_proxy, &CertificateFilterModel::setText);
    connect(m_ui.filter, &QLineEdit::returnPressed, this, &CertificatesWindow::refresh);
    connect(m_ui.level, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setLevelFilter(CertificateFilterModel::LevelFilter(m_ui.level->currentData().toInt()));
    });
    connect(m_ui.refresh, &QPushButton::clicked, this, &CertificatesWindow::refresh);
    connect(m_ui.cancel, &QPushButton::clicked, this, &CertificatesWindow::cancelRefresh);
    connect(m_ui.copy, &QPushButton::clicked, this, &CertificatesWindow::copySelectedId);
    connect(m_ui.push, &QPushButton::clicked, this, &CertificatesWindow::pushSelected);
    connect(m_ui.remove, &QPushButton::clicked, this, &CertificatesWindow::deleteSelected);
    connect(m_ui.table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificatesWindow::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CertificatesWindow::updateButtons);
    connect(&m_service, &application::AccountService::progress, this, [this](const QString& text) {
        if (m_refreshing || m_busy)
            m_ui.message->setText(text);
    });
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(30000);
    connect(m_ageTimer, &QTimer::timeout, this, &CertificatesWindow::updateAge);
    m_ageTimer->start();

    m_confirm = [](QWidget* owner, const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::No, owner);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(tr("&Delete"));
        box.button(QMessageBox::No)->setText(tr("&Keep"));
        return box.exec() == QMessageBox::Yes;
    };
    m_choosePush = [](QWidget* owner, const QString& name) -> std::optional<cloud::PushRequest> {
        PushDialog dialog(name, owner);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.request();
    };

    // The last list seen, at once; the fresh one follows.
    if (const auto cached = m_service.cachedList(m_profileId))
        showList(*cached);
    else
        m_ui.summary->setText(tr("No list yet."));
    updateButtons();
    QMetaObject::invokeMethod(this, &CertificatesWindow::refresh, Qt::QueuedConnection);
    m_ui.table->setFocus();
}

CertificatesWindow::~CertificatesWindow() = default;

void CertificatesWindow::showList(const application::AccountList& list)
{
    const QString keep = selectedId();
    m_model->setCertificates(list.certificates, m_service.clock()->now());
    m_fetched = list.fetched;
    m_fromCache = list.fromCache;
    m_ui.summary->setText(application::expirySummary(list.certificates, m_service.clock()->now()));
    m_ui.incomplete->setVisible(!list.complete);
    if (!list.complete) {
        m_ui.incomplete->setText(tr("The account has %1 certificates matching; only %2 could be listed (the service's "
                                    "paging reaches 300). Type a name or domain and press Enter to search the account.")
                                     .arg(list.totalCount)
                                     .arg(list.certificates.size()));
    }
    updateAge();
    if (!keep.isEmpty())
        selectCertificate(keep);
    updateButtons();
}

void CertificatesWindow::updateAge()
{
    if (!m_fetched.isValid()) {
        m_ui.age->clear();
        return;
    }
    const QString age = application::ageText(m_fetched, m_service.clock()->now());
    if (m_fromCache)
        m_ui.age->setText(tr("Saved list as of %1").arg(age));
    else if (!m_searched.isEmpty())
        m_ui.age->setText(tr("Search for \"%1\", %2").arg(m_searched, age));
    else
        m_ui.age->setText(tr("Updated %1").arg(age));
}

void CertificatesWindow::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const quint64 generation = ++m_generation;
    const QString content = m_ui.filter->text().trimmed();
    m_ui.progress->show();
    updateButtons();
    m_service.refresh(m_profileId, content, this, [this, generation, content](Result<application::AccountList> list) {
        if (generation != m_generation)
            return;
        m_refreshing = false;
        m_ui.progress->hide();
        if (list) {
            m_searched = content;
            showList(*list);
            setMessage({}, false);
        } else if (list.error().code == QLatin1String("cloud.network.cancelled")) {
            setMessage(tr("The refresh was cancelled; the list shown is older."), false);
        } else {
            setMessage(tr("The list could not be fetched: %1").arg(list.error().message), true);
        }
        updateButtons();
        Q_EMIT refreshFinished();
    });
}

void CertificatesWindow::cancelRefresh()
{
    if (!m_refreshing)
        return;
    ++m_generation;
    m_service.cancelRefresh();
    m_refreshing = false;
    m_ui.progress->hide();
    setMessage(tr("The refresh was cancelled; the list shown is older."), false);
    updateButtons();
    Q_EMIT refreshFinished();
}

bool CertificatesWindow::selectCertificate(const QString& id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CertificateListModel::IdRole).toString() == id) {
            m_ui.table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
            m_ui.table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString CertificatesWindow::selectedId() const
{
    const QModelIndexList rows = m_ui.table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CertificateListModel::IdRole).toString();
}

void CertificatesWindow::selectionChanged()
{
    updateButtons();
    const QModelIndexList rows = m_ui.table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_ui.details->clear();
        return;
    }
    const QJsonObject entry = m_model->entry(m_proxy->mapToSource(rows.first()).row());
    m_ui.details->setHtml(CertificateDescription::html(entry, *m_service.clock()));
    const quint64 generation = ++m_detailsGeneration;
    const QString id = field(entry, "id");
    m_service.show(m_profileId, id, this, [this, generation](Result<QJsonObject> shown) {
        if (generation != m_detailsGeneration)
            return;
        if (shown)
            m_ui.details->setHtml(CertificateDescription::html(*shown, *m_service.clock()));
        Q_EMIT detailsShown();
    });
}

void CertificatesWindow::copySelectedId()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    setMessage(tr("Copied %1 to the clipboard.").arg(id), false);
}

void CertificatesWindow::pushSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_busy)
        return;
    const QJsonObject entry = m_model->entry(m_proxy->mapToSource(m_ui.table->currentIndex()).row());
    const QString name = field(entry, "name");
    const auto request = m_choosePush(this, name);
    if (!request)
        return;
    setBusy(true);
    m_service.push(m_profileId, id, name, *request, this, [this, name, request](Result<QString> pushed) {
        setBusy(false);
        const QString where =
            QStringLiteral("%1 (%2)").arg(request->service, request->projects.join(QStringLiteral(", ")));
        if (pushed)
            setMessage(tr("Pushed \"%1\" to %2 (request %3).").arg(name, where, *pushed), false);
        else
            setMessage(tr("\"%1\" was not pushed to %2: %3").arg(name, where, pushed.error().message), true);
        Q_EMIT actionFinished();
    });
}

void CertificatesWindow::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_busy)
        return;
    const QJsonObject entry = m_model->entry(m_proxy->mapToSource(m_ui.table->currentIndex()).row());
    const QString name = field(entry, "name");
    const QDateTime expires = cloud::parseServiceTime(field(entry, "expire_time"));
    const QDateTime now = m_service.clock()->now();
    const bool expired = expires.isValid() && expires <= now;
    const QString expiry = expires.isValid() ? QLocale().toString(expires, QLocale::LongFormat) : tr("unknown");
    const QString text = tr("Delete the certificate \"%1\" (%2) from the account?\n\nDomains: %3\nExpires: %4 (%5)\n\n"
                            "This cannot be undone.")
                             .arg(name, id, cloud::entryDomains(entry).join(QStringLiteral(", ")), expiry,
                                  CertificateListModel::levelText(application::expiryLevel(expires, now)));
    if (!m_confirm(this, tr("Delete certificate"), text))
        return;
    if (!expired) {
        const QString again = tr("\"%1\" has not expired: it is valid until %2. Services that use it (CDN, WAF, ELB) "
                                 "may stop serving HTTPS when it is gone.\n\nDelete it anyway?")
                                  .arg(name, expiry);
        if (!m_confirm(this, tr("Delete a valid certificate"), again))
            return;
    }
    setBusy(true);
    m_service.remove(m_profileId, id, name, this, [this, id, name](Result<QString> deleted) {
        setBusy(false);
        if (deleted) {
            setMessage(tr("Deleted \"%1\" (%2; request %3).").arg(name, id, *deleted), false);
            QList<QJsonObject> rest = m_model->certificates();
            rest.removeIf([&id](const QJsonObject& other) { return field(other, "id") == id; });
            application::AccountList list;
            list.certificates = rest;
            list.totalCount = int(rest.size());
            list.fetched = m_fetched;
            list.fromCache = m_fromCache;
            showList(list);
        } else {
            setMessage(tr("\"%1\" was not deleted: %2").arg(name, deleted.error().message), true);
        }
        Q_EMIT actionFinished();
    });
}

void CertificatesWindow::showHelp()
{
    HelpDialog dialog(m_actions, this);
    dialog.exec();
}

void CertificatesWindow::setMessage(const QString& text, bool problem)
{
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText,
                   CertificateListModel::levelColor(application::ExpiryLevel::Expired, palette()));
    m_ui.message->setPalette(p);
    m_ui.message->setText(text);
}

void CertificatesWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_ui.progress->setVisible(busy || m_refreshing);
    updateButtons();
}

void CertificatesWindow::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_ui.copy->setEnabled(selected);
    m_ui.push->setEnabled(selected && !m_busy);
    m_ui.remove->setEnabled(selected && !m_busy);
    m_ui.refresh->setEnabled(!m_refreshing);
    m_ui.cancel->setEnabled(m_refreshing);
}

QString CertificatesWindow::summaryText() const
{
    return m_ui.summary->text();
}

QString CertificatesWindow::ageText() const
{
    return m_ui.age->text();
}

QString CertificatesWindow::messageText() const
{
    return m_ui.message->text();
}

QString CertificatesWindow::detailsText() const
{
    return m_ui.details->toPlainText();
}

QString CertificatesWindow::incompleteText() const
{
    return m_ui.incomplete->isVisible() || !m_ui.incomplete->isHidden() ? m_ui.incomplete->text() : QString();
}

} // namespace ccm::ui
