#include "InputList.h"

#include "ui/common/PlainText.h"
#include "ui/inspection/InspectionRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QListWidget>

namespace ccm::ui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;   ///< file path; empty for pasted text
constexpr int kPastedRole = Qt::UserRole + 2; ///< the number of the pasted text in m_pastedTexts
constexpr int kSourceRole = Qt::UserRole + 3; ///< the input's name as the core sees it
constexpr int kLabelRole = Qt::UserRole + 4;  ///< the row's name: the file name, or "Pasted text 2 (lines: 40)"

QIcon inputIcon(InputSummary::Kind kind)
{
    switch (kind) {
    case InputSummary::Kind::Certificate:
        return QIcon(QStringLiteral(":/icons/input-certificate.svg"));
    case InputSummary::Kind::Intermediate:
        return QIcon(QStringLiteral(":/icons/input-intermediate.svg"));
    case InputSummary::Kind::Root:
        return QIcon(QStringLiteral(":/icons/input-root.svg"));
    case InputSummary::Kind::Key:
        return QIcon(QStringLiteral(":/icons/input-key.svg"));
    case InputSummary::Kind::Bundle:
        return QIcon(QStringLiteral(":/icons/input-bundle.svg"));
    case InputSummary::Kind::Unreadable:
        break;
    }
    return QIcon(QStringLiteral(":/icons/input-unreadable.svg"));
}

} // namespace

InputList::InputList(QListWidget* list)
    : m_list(list)
{}

bool InputList::isEmpty() const
{
    return m_list->count() == 0;
}

int InputList::count() const
{
    return m_list->count();
}

bool InputList::hasSelection() const
{
    return !m_list->selectedItems().isEmpty();
}

QStringList InputList::addFiles(const QStringList& paths)
{
    QStringList added;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        bool known = false;
        for (int i = 0; i < m_list->count() && !known; ++i)
            known = m_list->item(i)->data(kPathRole).toString() == absolute;
        if (known)
            continue;
        auto* item = new QListWidgetItem(QFileInfo(absolute).fileName(), m_list);
        item->setData(kPathRole, absolute);
        item->setData(kSourceRole, QFileInfo(absolute).fileName());
        item->setData(kLabelRole, item->text());
        item->setToolTip(plainToolTip(absolute));
        added.append(absolute);
    }
    return added;
}

bool InputList::addPastedText(const QByteArray& text)
{
    if (text.trimmed().isEmpty())
        return false;
    ++m_pastedCount;
    const QString source =
        m_pastedCount == 1 ? QStringLiteral("pasted text") : QStringLiteral("pasted text %1").arg(m_pastedCount);
    const int lines = int(text.count('\n')) + (text.endsWith('\n') ? 0 : 1);
    auto* item = new QListWidgetItem(tr("Pasted text %1 (lines: %2)").arg(m_pastedCount).arg(lines), m_list);
    item->setData(kPastedRole, m_pastedCount);
    m_pastedTexts.emplace(m_pastedCount, SecureBytes(text));
    item->setData(kSourceRole, source);
    item->setData(kLabelRole, item->text());
    item->setToolTip(plainToolTip(tr("Text pasted into the window; shown in findings as \"%1\".").arg(source)));
    return true;
}

bool InputList::removeSelected()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return false;
    for (const QListWidgetItem* item : selected) {
        if (item->data(kPathRole).toString().isEmpty())
            m_pastedTexts.erase(item->data(kPastedRole).toInt());
    }
    qDeleteAll(selected);
    return true;
}

void InputList::clear()
{
    m_list->clear();
    m_pastedTexts.clear();
    m_pastedCount = 0;
}

void InputList::fillJob(InspectionJob& job)
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        const QString path = item->data(kPathRole).toString();
        if (!path.isEmpty())
            job.files.append(path);
        else
            // The job's copy lives only as long as the inspection that reads it.
            job.pasted.append(InputSource{item->data(kSourceRole).toString(),
                                          m_pastedTexts[item->data(kPastedRole).toInt()].exposeCopy()});
    }
}

void InputList::showSummaries(const QList<InputSummary>& summaries)
{
    // The runner's inputs: files first, then pasted text, each in list order (see fillJob()).
    QList<QListWidgetItem*> items;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            if (item->data(kPathRole).toString().isEmpty() == (pass == 1))
                items.append(item);
        }
    }
    for (qsizetype i = 0; i < items.size() && i < summaries.size(); ++i) {
        QListWidgetItem* item = items.at(i);
        const InputSummary& summary = summaries.at(i);
        const QString path = item->data(kPathRole).toString();
        const QString source = item->data(kSourceRole).toString();
        item->setText(QStringLiteral("%1 — %2").arg(summary.text, item->data(kLabelRole).toString()));
        item->setIcon(inputIcon(summary.kind));
        QString tip = QStringLiteral("<b>%1</b>").arg(summary.text.toHtmlEscaped());
        tip += QStringLiteral("<br>") +
               (path.isEmpty() ? tr("Text pasted into the window; shown in findings as \"%1\".").arg(source)
                               : tr("File: %1").arg(QDir::toNativeSeparators(path)))
                   .toHtmlEscaped();
        if (!summary.details.isEmpty())
            tip += QStringLiteral("<pre>%1</pre>").arg(summary.details.toHtmlEscaped());
        item->setToolTip(tip);
    }
}

} // namespace ccm::ui
