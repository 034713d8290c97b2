#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ccm {

namespace {

constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

bool makePrivateDir(const QString& dir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !makePrivateDir(parent))
        return false;
    // QDir::mkdir with permissions creates the folder with them (mkdir(2) mode), no window with the umask's mode.
    return QDir().mkdir(absolute, kOwnerOnlyDir) || QFileInfo(absolute).isDir();
}

bool createPrivateFile(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    if (!makePrivateDir(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    // NewOnly: another process that created it in the meantime keeps its file.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile) || QFileInfo::exists(path);
}

QString backupFile(const QString& path, const QString& suffix)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    QString target = path + QLatin1Char('.') + suffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QLatin1Char('.') + suffix + QLatin1Char('.') + QString::number(n);
    QFile copy(target);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile))
        return {};
    const QByteArray bytes = source.readAll();
    if (copy.write(bytes) != bytes.size() || !copy.flush()) {
        copy.close();
        copy.remove();
        return {};
    }
    return target;
}

std::unique_ptr<QLockFile> lockForUpdate(const QString& path, int timeoutMs)
{
    if (!makePrivateDir(QFileInfo(path).absolutePath()))
        return nullptr;
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".update.lock"));
    if (!lock->tryLock(timeoutMs))
        return nullptr;
    return lock;
}

} // namespace ccm
