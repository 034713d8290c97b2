#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ccm {

namespace {

constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

/// Writes all of `bytes` to an unbuffered device; false on a short write (a full disk stops part-way silently).
bool writeAllBytes(QFileDevice& file, const QByteArray& bytes)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = file.write(bytes.constData() + written, bytes.size() - written);
        if (chunk <= 0)
            return false;
        written += chunk;
    }
    return true;
}

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

bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* errorString)
{
    const auto failed = [errorString](const QString& why) {
        if (errorString)
            *errorString = why;
        return false;
    };
    if (!makePrivateDir(QFileInfo(path).absolutePath()))
        return failed(QStringLiteral("cannot create the folder"));
    QSaveFile file(path);
    // Unbuffered: write() reports what reached the file, so a short write is seen here and not lost in a flush.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(file.errorString());
    if (!file.setPermissions(kOwnerOnlyFile))
        return failed(file.errorString());
    if (!writeAllBytes(file, bytes)) {
        const QString why =
            file.error() == QFileDevice::NoError ? QStringLiteral("the disk is full") : file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    if (!file.commit())
        return failed(file.errorString());
    return true;
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
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, kOwnerOnlyFile))
        return {};
    if (!writeAllBytes(copy, source.readAll())) {
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
