#include "HistoryDialog.h"

#include "history/ImportHistory.h"
#include "ui/common/PlainText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ccm::ui {

namespace {

enum Column { TimeColumn, OutcomeColumn, NameColumn, IdColumn, DomainColumn, ExpiresColumn, ProfileColumn, NoteColumn };

QString outcomeText(const history::ImportRecord& record)
{
    if (record.action != history::Action::Import) {
        const bool done = record.outcome == history::ImportOutcome::Done;
        const auto target = history::PushTarget::fromText(record.targets);
        const QString where =
            target ? HistoryDialog::tr("%1 in %2").arg(target->service, target->projects.join(QStringLiteral(", ")))
                   : record.targets;
        if (record.action == history::Action::Push)
            return done ? HistoryDialog::tr("Pushed to %1").arg(where)
                        : HistoryDialog::tr("Push failed (%1)").arg(where);
        return done ? HistoryDialog::tr("Deleted") : HistoryDialog::tr("Delete failed");
    }
    switch (record.outcome) {
    case history::ImportOutcome::Imported:
        return HistoryDialog::tr("Imported");
    case history::ImportOutcome::AlreadyPresent:
        return HistoryDialog::tr("Already there");
    case history::ImportOutcome::Rejected:
        return HistoryDialog::tr("Rejected");
    case history::ImportOutcome::Failed:
        return HistoryDialog::tr("Failed");
    case history::ImportOutcome::Done:
        return HistoryDialog::tr("Done");
    }
    return {};
}

} // namespace

HistoryDialog::HistoryDialog(const QString& historyPath, QWidget* parent)
    : QDialog(parent)
    , m_path(historyPath)
{
    setWindowTitle(tr("Import history"));
    resize(1000, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Imports, pushes and deletes made from this computer, newest first. Only public facts are kept "
                      "here: never a private key or a secret."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 8, this);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Outcome"), tr("Name"), tr("Certificate ID"), tr("Domain"),
                                        tr("Expires"), tr("Profile"), tr("Note")});
    m_table->setAccessibleName(tr("Import history"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy certificate ID"), QDialogButtonBox::ActionRole);
    QPushButton* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &HistoryDialog::copySelectedId);
    connect(refresh, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

void HistoryDialog::reload()
{
    m_table->setRowCount(0);
    if (!QFileInfo::exists(m_path)) { // looking must not create a ledger
        m_status->setText(tr("Nothing has been imported from this computer yet."));
        return;
    }
    history::ImportHistory ledger(m_path);
    Status opened = ledger.open();
    if (!opened) {
        m_status->setText(opened.error().message);
        return;
    }
    const auto records = ledger.recent(500);
    if (!records) {
        m_status->setText(records.error().message);
        return;
    }
    m_table->setRowCount(int(records->size()));
    const QLocale locale;
    for (int row = 0; row < records->size(); ++row) {
        const history::ImportRecord& r = records->at(row);
        const auto set = [this, row](int column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(plainToolTip(tip.isEmpty() ? text : tip));
            m_table->setItem(row, column, item);
        };
        set(TimeColumn, locale.toString(r.time.toLocalTime(), QLocale::ShortFormat));
        set(OutcomeColumn, outcomeText(r));
        set(NameColumn, r.certificateName);
        set(IdColumn, r.certificateId);
        set(DomainColumn, r.subjectCommonName.isEmpty() ? r.subjectAltNames.value(0) : r.subjectCommonName,
            r.subjectAltNames.join(QStringLiteral(", ")));
        set(ExpiresColumn,
            r.notAfter.isValid() ? locale.toString(r.notAfter.toLocalTime().date(), QLocale::ShortFormat) : QString());
        set(ProfileColumn, r.profileName, r.endpoint);
        QString note = r.message;
        if (!r.errorCode.isEmpty())
            note = r.errorCode + QStringLiteral(": ") + note;
        if (!r.requestId.isEmpty())
            note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(request %1)").arg(r.requestId);
        set(NoteColumn, note);
    }
    m_status->setText(records->isEmpty() ? tr("Nothing has been imported from this computer yet.")
                                         : tr("Entries: %1").arg(records->size()));
}

int HistoryDialog::rowCount() const
{
    return m_table->rowCount();
}

QString HistoryDialog::cellText(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString HistoryDialog::statusText() const
{
    return m_status->text();
}

void HistoryDialog::copySelectedId()
{
    const int row = m_table->currentRow();
    const QString id = row >= 0 ? cellText(row, IdColumn) : QString();
    if (id.isEmpty()) {
        m_status->setText(tr("Select an entry with a certificate ID first."));
        return;
    }
    QApplication::clipboard()->setText(id);
    m_status->setText(tr("Copied %1.").arg(id));
}

} // namespace ccm::ui
