#include "A4Pdf.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace hocbaso::services {
QFont printFont(double points, bool bold, bool italic)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

Status writeA4Pdf(const QString& path, const QMarginsF& marginsMm, const QString& title,
                  const std::function<void(QPainter&, QPagedPaintDevice&)>& paint)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::internal(
            QCoreApplication::translate("hocbaso::services::A4Pdf", "PDF export needs the graphical subsystem."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(QCoreApplication::translate("hocbaso::services::A4Pdf", "Cannot write %1: %2")
                                  .arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Portrait);
        pdf.setPageMargins(marginsMm, QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("hocbaso"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error::storage(
                QCoreApplication::translate("hocbaso::services::A4Pdf", "Cannot write %1.").arg(path));
        paint(painter, pdf);
        painter.end();
    }
    if (!file.commit())
        return Error::storage(QCoreApplication::translate("hocbaso::services::A4Pdf", "Cannot write %1: %2")
                                  .arg(path, file.errorString()));
    return {};
}

} // namespace hocbaso::services
