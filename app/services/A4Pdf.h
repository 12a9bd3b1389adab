#pragma once

#include "core/Result.h"

#include <QFont>
#include <QMarginsF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace hocbaso::services {

// Writes a portrait A4 PDF at 300 dpi: `paint` draws the pages on the device `painter` is active on
// (calling newPage() between them). The file appears whole or not at all (QSaveFile), so a failed
// export never leaves half a document where the officer expects one. Margins are in millimetres.
// Needs a QGuiApplication: QPdfWriter lays text out with the GUI's fonts.
Status writeA4Pdf(const QString& path, const QMarginsF& marginsMm, const QString& title,
                  const std::function<void(QPainter&, QPagedPaintDevice&)>& paint);

// The printed documents' face: a serif like the official templates' Times New Roman, from fonts
// that cover Vietnamese and are embedded (subset) in the PDF.
QFont printFont(double points, bool bold = false, bool italic = false);

} // namespace hocbaso::services
