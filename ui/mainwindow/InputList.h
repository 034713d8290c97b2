#pragma once

#include "common/SecureBytes.h"
#include "ui/inspection/InputSummary.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

class QListWidget;

namespace ccm::ui {

struct InspectionJob;

/// The main window's list of inputs (the "fileList" list widget): the files and pasted texts to inspect, what the
/// inspection found in each, and the pasted texts themselves. Its texts keep the ccm::ui::MainWindow translation
/// context.
class InputList
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// `list` (not owned) shows the inputs; it must outlive this object.
    explicit InputList(QListWidget* list);

    bool isEmpty() const;
    int count() const;
    bool hasSelection() const;

    /// Adds the files not listed yet; returns their absolute paths, in order.
    QStringList addFiles(const QStringList& paths);
    /// Adds a pasted text (a copy, wiped when its row goes); returns false for blank text.
    bool addPastedText(const QByteArray& text);
    /// Removes the selected rows; returns false when none was selected.
    bool removeSelected();
    void clear();

    /// Puts the inputs into an inspection job: the files, then the pasted texts, each in list order.
    void fillJob(InspectionJob& job);
    /// Shows what the inspection of the job found in each input (InspectionRunner::inputSummaries(), same order).
    void showSummaries(const QList<InputSummary>& summaries);

private:
    QListWidget* m_list;
    int m_pastedCount = 0;
    /// Pasted texts (they may hold a private key) by number; the list item keeps only the number, so the text is not
    /// copied into the item model's QVariants, and it is wiped when its item is removed or the list cleared.
    std::map<int, SecureBytes> m_pastedTexts;
};

} // namespace ccm::ui
