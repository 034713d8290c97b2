#pragma once

#include "application/AccountService.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSortFilterProxyModel>

namespace ccm::ui {

/// The account's certificates as list entries (the service's JSON), one row each: name, main domain, other names,
/// expiry, days left (colour and icon by how soon), status, enterprise project.
class CertificateListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Domain, OtherNames, Expires, DaysLeft, Status, EnterpriseProject, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;  ///< a value that sorts the column (expiry as a date)
    static constexpr int IdRole = Qt::UserRole + 2;    ///< the certificate id
    static constexpr int LevelRole = Qt::UserRole + 3; ///< application::ExpiryLevel as int

    explicit CertificateListModel(QObject* parent = nullptr);

    /// Replaces the rows; `now` is the time days are counted from.
    void setCertificates(const QList<QJsonObject>& entries, const QDateTime& now);
    const QList<QJsonObject>& certificates() const { return m_entries; }
    /// The list entry of a row (empty when out of range).
    QJsonObject entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The accent colour of a level (red, orange, amber, green), mixed with the palette's text colour so that it stays
    /// readable on a light and a dark base.
    static QColor levelColor(application::ExpiryLevel level, const QPalette& palette);
    /// The words for a level ("Expired", "Expires within 30 days", …), also the icon's tooltip.
    static QString levelText(application::ExpiryLevel level);
    /// The icon of a level: the colour is never the only sign.
    static QIcon levelIcon(application::ExpiryLevel level);

private:
    struct Row
    {
        QDateTime expires;
        application::ExpiryLevel level = application::ExpiryLevel::Unknown;
        qint64 days = 0;
        QStringList otherNames;
    };
    QList<QJsonObject> m_entries;
    QList<Row> m_rows;
};

/// Sorts by CertificateListModel::SortRole and filters by a text (name, domains, id) and by how soon they expire.
class CertificateFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class LevelFilter {
        All,
        Expired,
        Within30Days, ///< not expired, 30 days or less left
        Within60Days, ///< not expired, 60 days or less left (the 30-day ones included)
        Fine,         ///< more than 60 days left
    };

    explicit CertificateFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setLevelFilter(LevelFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    LevelFilter m_level = LevelFilter::All;
};

} // namespace ccm::ui
