#include "CertificateListModel.h"

#include "cloud/ScmClient.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <limits>

namespace ccm::ui {

namespace {

QString text(const QJsonObject& entry, const char* key)
{
    return entry.value(QLatin1String(key)).toString();
}

/// `a` moved towards `b` by `amount` (0..1).
QColor mix(const QColor& a, const QColor& b, double amount)
{
    const auto channel = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

} // namespace

CertificateListModel::CertificateListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CertificateListModel::setCertificates(const QList<QJsonObject>& entries, const QDateTime& now)
{
    beginResetModel();
    m_entries = entries;
    m_rows.clear();
    for (const QJsonObject& entry : entries) {
        Row row;
        row.expires = cloud::parseServiceTime(text(entry, "expire_time"));
        row.level = application::expiryLevel(row.expires, now);
        row.days = row.expires.isValid() ? application::daysLeft(row.expires, now) : 0;
        const QString domain = text(entry, "domain").toLower();
        for (const QString& name : cloud::entryDomains(entry)) {
            if (name != domain && !row.otherNames.contains(name))
                row.otherNames.append(name);
        }
        m_rows.append(row);
    }
    endResetModel();
}

QJsonObject CertificateListModel::entry(int row) const
{
    return m_entries.value(row);
}

int CertificateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CertificateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificateListModel::levelText(application::ExpiryLevel level)
{
    switch (level) {
    case application::ExpiryLevel::Expired:
        return tr("Expired");
    case application::ExpiryLevel::Within30Days:
        return tr("Expires within 30 days");
    case application::ExpiryLevel::Within60Days:
        return tr("Expires within 60 days");
    case application::ExpiryLevel::Fine:
        return tr("More than 60 days left");
    case application::ExpiryLevel::Unknown:
        break;
    }
    return tr("Expiry unknown");
}

QColor CertificateListModel::levelColor(application::ExpiryLevel level, const QPalette& palette)
{
    // The accents of the main window's banner (red, green) plus orange and amber for the two warnings.
    QColor accent;
    switch (level) {
    case application::ExpiryLevel::Expired:
        accent = QColor(0xc6, 0x28, 0x28);
        break;
    case application::ExpiryLevel::Within30Days:
        accent = QColor(0xe6, 0x51, 0x00);
        break;
    case application::ExpiryLevel::Within60Days:
        accent = QColor(0xb2, 0x8a, 0x00);
        break;
    case application::ExpiryLevel::Fine:
        accent = QColor(0x2e, 0x7d, 0x32);
        break;
    case application::ExpiryLevel::Unknown:
        return palette.color(QPalette::Text);
    }
    return mix(palette.color(QPalette::Text), accent, 0.6);
}

QIcon CertificateListModel::levelIcon(application::ExpiryLevel level)
{
    QStyle* style = QApplication::style();
    switch (level) {
    case application::ExpiryLevel::Expired:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case application::ExpiryLevel::Within30Days:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case application::ExpiryLevel::Within60Days:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case application::ExpiryLevel::Fine:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case application::ExpiryLevel::Unknown:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

QVariant CertificateListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const QJsonObject& entry = m_entries.at(index.row());
    const Row& row = m_rows.at(index.row());
    if (role == IdRole)
        return text(entry, "id");
    if (role == LevelRole)
        return int(row.level);
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Name:
            return role == SortRole ? QVariant(text(entry, "name").toLower()) : QVariant(text(entry, "name"));
        case Domain:
            return text(entry, "domain");
        case OtherNames:
            return row.otherNames.join(QStringLiteral(", "));
        case Expires:
        case DaysLeft:
            if (role == SortRole)
                return row.expires.isValid() ? row.expires.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
            if (role == Qt::ToolTipRole)
                return levelText(row.level);
            if (column == Expires)
                return row.expires.isValid() ? QLocale().toString(row.expires.date(), QLocale::ShortFormat)
                                             : text(entry, "expire_time");
            if (!row.expires.isValid())
                return tr("unknown");
            if (row.level == application::ExpiryLevel::Expired)
                return tr("expired");
            return row.days == 1 ? tr("1 day") : tr("%1 days").arg(row.days);
        case Status:
            return text(entry, "status");
        case EnterpriseProject:
            return text(entry, "enterprise_project_id");
        default:
            return {};
        }
    }
    if (column != DaysLeft && column != Expires)
        return {};
    if (role == Qt::ForegroundRole)
        return levelColor(row.level, QApplication::palette());
    if (role == Qt::DecorationRole && column == DaysLeft)
        return levelIcon(row.level);
    if (role == Qt::AccessibleDescriptionRole)
        return levelText(row.level);
    return {};
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Domain:
        return tr("Main domain");
    case OtherNames:
        return tr("Other names");
    case Expires:
        return tr("Expires");
    case DaysLeft:
        return tr("Days left");
    case Status:
        return tr("Status");
    case EnterpriseProject:
        return tr("Enterprise project");
    default:
        return {};
    }
}

CertificateFilterModel::CertificateFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CertificateListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CertificateFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void CertificateFilterModel::setLevelFilter(LevelFilter filter)
{
    m_level = filter;
    invalidateFilter();
}

bool CertificateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    const auto level = application::ExpiryLevel(source->data(first, CertificateListModel::LevelRole).toInt());
    switch (m_level) {
    case LevelFilter::All:
        break;
    case LevelFilter::Expired:
        if (level != application::ExpiryLevel::Expired)
            return false;
        break;
    case LevelFilter::Within30Days:
        if (level != application::ExpiryLevel::Within30Days)
            return false;
        break;
    case LevelFilter::Within60Days:
        if (level != application::ExpiryLevel::Within30Days && level != application::ExpiryLevel::Within60Days)
            return false;
        break;
    case LevelFilter::Fine:
        if (level != application::ExpiryLevel::Fine)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    if (source->data(first, CertificateListModel::IdRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    for (int column : {CertificateListModel::Name, CertificateListModel::Domain, CertificateListModel::OtherNames}) {
        if (source->data(source->index(sourceRow, column, sourceParent))
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ccm::ui
