#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ccm::ui {

/// Lists what was imported (or tried) from this computer, newest first, from the import history.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(const QString& historyPath, QWidget* parent = nullptr);

    /// Reads the ledger again.
    void reload();
    /// Rows shown (for tests).
    int rowCount() const;
    /// The text of a cell (for tests).
    QString cellText(int row, int column) const;
    /// The line under the table: how many entries, or why none can be shown.
    QString statusText() const;

private:
    void copySelectedId();

    QString m_path;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ccm::ui
