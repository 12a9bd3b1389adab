#pragma once

#include "services/CertificateReview.h"

#include <QTextBrowser>

#include <optional>

namespace hocbaso::ui {

// One registered certificate as 6.1 shows it beside the list: the verdict of its checks, the
// school and kind, the certificate's fields (full subject and issuer with their Vietnamese names,
// serial, validity, key, key usage, extended key usage, SHA-256 fingerprint), the chain up to the
// trust anchor and its family, every check with its result and sentence, and the decisions taken on
// it. Generated HTML in a read-only browser: selectable, copyable and readable by screen readers.
class CertificateDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CertificateDetailView(QWidget* parent = nullptr);

    void setCertificate(const services::CertificateView& view);
    // Nothing selected: the placeholder text shows.
    void clearCertificate();
    bool hasCertificate() const { return m_view.has_value(); }
    qint64 certificateId() const { return m_view ? m_view->registration.id : 0; }

    // "vgca" -> "Government CA (VGCA)": what a family of the trust store means to a person.
    static QString familyLabel(const QString& family);
    // "AB:CD:..." in lines of `bytesPerLine` bytes, as certificate viewers print fingerprints.
    static QString fingerprintText(const QString& sha256Hex, int bytesPerLine = 16);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString verdictHtml(const services::CertificateView& v) const;
    QString headerHtml(const services::CertificateView& v) const;
    QString fieldsHtml(const services::CertificateView& v) const;
    QString chainHtml(const services::CertificateView& v) const;
    QString checksHtml(const services::CertificateView& v) const;
    QString historyHtml(const services::CertificateView& v) const;
    void retranslate();

    std::optional<services::CertificateView> m_view;
};

} // namespace hocbaso::ui
