<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CCM Importer</source>
        <translation>CCM 证书导入工具</translation>
    </message>
    <message>
        <source>Certificate, chain and key</source>
        <translation>证书、证书链和私钥</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>Files and pasted text to inspect. Drop files onto the window to add them.</source>
        <translation>要检查的文件和粘贴的文本。把文件拖放到窗口上即可添加。</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>粘贴文本</translation>
    </message>
    <message>
        <source>Remove selected inputs</source>
        <translation>移除选中的输入</translation>
    </message>
    <message>
        <source>Clear all inputs</source>
        <translation>清空所有输入</translation>
    </message>
    <message>
        <source>SM2 encryption pair</source>
        <translation>SM2 加密证书对</translation>
    </message>
    <message>
        <source>Encryption certificate file</source>
        <translation>加密证书文件</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>Choose the encryption certificate file</source>
        <translation>选择加密证书文件</translation>
    </message>
    <message>
        <source>Encryption key file</source>
        <translation>加密私钥文件</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>私钥文件</translation>
    </message>
    <message>
        <source>Choose the encryption key file</source>
        <translation>选择加密私钥文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Where the certificate is imported: a cloud account and region, or the local sandbox.</source>
        <translation>证书导入到哪里：某个云账号和区域，或本地沙箱。</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>证书名称</translation>
    </message>
    <message>
        <source>Leave empty to use the generated name shown in grey.</source>
        <translation>留空则使用灰色显示的自动生成名称。</translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation>企业项目 ID</translation>
    </message>
    <message>
        <source>Optional: 0, all, or a project UUID</source>
        <translation>可选：0、all 或项目 UUID</translation>
    </message>
    <message>
        <source>Allow duplicate upload</source>
        <translation>允许重复上传</translation>
    </message>
    <message>
        <source>Let the service accept a certificate that was already imported.</source>
        <translation>允许服务接受已经导入过的证书。</translation>
    </message>
    <message>
        <source>Import the certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>SM2 encryption</source>
        <translation>SM2 加密</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste text…</source>
        <translation>粘贴文本(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Clear inputs</source>
        <translation>清空输入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About CCM Importer</source>
        <translation>关于 CCM 证书导入工具(&amp;A)</translation>
    </message>
    <message>
        <source>Manage account profiles</source>
        <translation>管理账号配置</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>账号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>清空(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;SM2 encryption pair</source>
        <translation>SM2 加密证书对(&amp;S)</translation>
    </message>
    <message>
        <source>Encryption cer&amp;tificate:</source>
        <translation>加密证书(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Encryption &amp;key:</source>
        <translation>加密私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>配置(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enterprise pro&amp;ject ID:</source>
        <translation>企业项目 ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Allow &amp;duplicate upload</source>
        <translation>允许重复上传(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <source>Paste from clip&amp;board</source>
        <translation>从剪贴板粘贴(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Remove selected inputs</source>
        <translation>移除选中的输入(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel i&amp;mport</source>
        <translation>取消导入(&amp;M)</translation>
    </message>
    <message>
        <source>CCM Importer &amp;help</source>
        <translation>CCM 证书导入工具帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>证书(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>显示口令(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <source>Paste text</source>
        <translation>粘贴文本</translation>
    </message>
    <message>
        <source>Paste PEM text: the certificate, its chain and the private key, in any order.</source>
        <translation>粘贴 PEM 文本：证书、证书链和私钥，顺序不限。</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Account profiles</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation>设为默认(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Custom &amp;SCM endpoint:</source>
        <translation>自定义 SCM 终端节点(&amp;S)：</translation>
    </message>
    <message>
        <source>Custom SCM endpoint</source>
        <translation>自定义 SCM 终端节点</translation>
    </message>
    <message>
        <source>Custom &amp;IAM endpoint:</source>
        <translation>自定义 IAM 终端节点(&amp;I)：</translation>
    </message>
    <message>
        <source>Custom IAM endpoint</source>
        <translation>自定义 IAM 终端节点</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>额外 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>额外 CA 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the extra CA file</source>
        <translation>选择额外 CA 文件</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Authentication kind</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>访问密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Secret &amp;access key:</source>
        <translation>秘密访问密钥(&amp;A)：</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Account na&amp;me:</source>
        <translation>账号名(&amp;M)：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>IAM user password</source>
        <translation>IAM 用户密码</translation>
    </message>
    <message>
        <source>Token sc&amp;ope:</source>
        <translation>Token 范围(&amp;O)：</translation>
    </message>
    <message>
        <source>Token scope</source>
        <translation>Token 范围</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>X-Auth-&amp;Token:</source>
        <translation>X-Auth-Token(&amp;T)：</translation>
    </message>
    <message>
        <source>Pasted X-Auth-Token</source>
        <translation>粘贴的 X-Auth-Token</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>账号 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Default &amp;enterprise project:</source>
        <translation>默认企业项目(&amp;E)：</translation>
    </message>
    <message>
        <source>Default enterprise project ID</source>
        <translation>默认企业项目 ID</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ccm::BundleAssembler</name>
    <message numerus="yes">
        <source>%n certificate(s) appeared more than once (%1). The copies are left out; each certificate is sent once.</source>
        <translation>
            <numerusform>有 %n 个证书重复出现（%1）。重复的副本已去掉，每个证书只发送一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Two SM2 certificates with their keys were found: &quot;%1&quot; is used as the encryption certificate (enc_certificate) by its key usage.</source>
        <translation>找到两个带私钥的 SM2 证书：根据密钥用法，“%1”被用作加密证书（enc_certificate）。</translation>
    </message>
    <message>
        <source>%1 private keys were given; the one from %2 is used%3. Remove the others to be sure the right key is sent.</source>
        <translation>提供了 %1 个私钥；使用来自 %2 的私钥%3。请移除其他私钥，以确保发送的是正确的私钥。</translation>
    </message>
    <message>
        <source> (it matches the certificate)</source>
        <translation>（与证书匹配）</translation>
    </message>
    <message>
        <source>The private key from %1 does not belong to the certificate &quot;%2&quot; (their public keys differ). Choose the key that was created with this certificate&apos;s CSR, or the certificate issued for this key.</source>
        <translation>来自 %1 的私钥不属于证书“%2”（二者的公钥不同）。请选择与该证书的 CSR 一起生成的私钥，或为此私钥签发的证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (from %2) has the name of the issuer of &quot;%3&quot; but did not sign it: its signature does not verify. It is not the real issuing certificate; get the intermediate certificate from your CA again.</source>
        <translation>“%1”（来自 %2）的名称与“%3”的颁发者相同，但并未签发它：签名校验不通过。它不是真正的颁发证书，请重新从 CA 获取中间证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a root certificate that issued the certificate directly; it is sent as the chain because there is no intermediate.</source>
        <translation>“%1”是直接签发该证书的根证书；由于没有中间证书，它将作为证书链发送。</translation>
    </message>
    <message>
        <source>The root certificate &quot;%1&quot; is left out: browsers and clients already have it, and the service does not need it.</source>
        <translation>根证书“%1”未包含在内：浏览器和客户端已内置该证书，服务也不需要它。</translation>
    </message>
    <message>
        <source>%1 did not issue &quot;%2&quot; or its intermediates and is left out. Check that you picked the files of the right certificate.</source>
        <translation>%1 并未签发“%2”或其中间证书，因此未包含在内。请检查是否选择了正确证书的文件。</translation>
    </message>
    <message>
        <source>The certificates were not in order (server certificate first, then each issuer). They have been put in the right order for the upload; the service would otherwise reject the chain.</source>
        <translation>证书的顺序不正确（应先是服务器证书，再依次是各级颁发者）。已按正确顺序整理以便上传，否则服务会拒绝该证书链。</translation>
    </message>
    <message>
        <source> The certificate says its issuer can be downloaded from %1.</source>
        <translation> 证书中注明其颁发者证书可从 %1 下载。</translation>
    </message>
    <message>
        <source>Only the server certificate was given, without the intermediate certificate(s) of &quot;%1&quot;. The service rejects a certificate without its chain: add the intermediate file your CA sent (often named chain.pem, ca-bundle.crt or fullchain.pem).%2</source>
        <translation>只提供了服务器证书，缺少“%1”的中间证书。服务会拒绝没有证书链的证书：请添加 CA 发给您的中间证书文件（常见文件名为 chain.pem、ca-bundle.crt 或 fullchain.pem）。%2</translation>
    </message>
    <message>
        <source>An encryption private key was given without its encryption certificate. Add the SM2 encryption certificate, or leave out both.</source>
        <translation>提供了加密私钥，但没有对应的加密证书。请添加 SM2 加密证书，或两者都不提供。</translation>
    </message>
    <message>
        <source>An encryption certificate was given without its private key. Add the SM2 encryption key (often enc.key), or leave out both.</source>
        <translation>提供了加密证书，但没有对应的私钥。请添加 SM2 加密私钥（通常为 enc.key），或两者都不提供。</translation>
    </message>
    <message>
        <source>enc_certificate and enc_private_key are meant for Chinese SM2 dual certificates, but these certificates are not SM2. Leave them out unless your CA told you otherwise.</source>
        <translation>enc_certificate 和 enc_private_key 用于国密 SM2 双证书，但这些证书不是 SM2 证书。除非 CA 另有说明，否则请不要提供。</translation>
    </message>
    <message>
        <source>The encryption private key does not belong to the encryption certificate &quot;%1&quot;. Choose the key issued with the encryption certificate.</source>
        <translation>加密私钥不属于加密证书“%1”。请选择与该加密证书一起签发的私钥。</translation>
    </message>
    <message>
        <source>The signing and encryption certificates look swapped: &quot;certificate&quot; allows only encryption and &quot;enc_certificate&quot; only signing. Give the signing pair as the certificate and key, and the encryption pair as the encryption certificate and key.</source>
        <translation>签名证书和加密证书似乎互换了：“certificate”只允许加密，而“enc_certificate”只允许签名。请将签名证书对作为证书和私钥提供，将加密证书对作为加密证书和加密私钥提供。</translation>
    </message>
    <message>
        <source>The signing certificate &quot;%1&quot; does not allow digital signatures (key usage). In an SM dual pair the signing certificate needs digitalSignature; check that you did not pick the encryption one.</source>
        <translation>签名证书“%1”的密钥用法不允许数字签名。在国密双证书中，签名证书需要 digitalSignature；请检查是否误选了加密证书。</translation>
    </message>
    <message>
        <source>The encryption certificate &quot;%1&quot; allows neither key encipherment nor key agreement (key usage). Choose the encryption certificate of the pair.</source>
        <translation>加密证书“%1”的密钥用法既不允许密钥加密，也不允许密钥协商。请选择该证书对中的加密证书。</translation>
    </message>
    <message>
        <source>The signing certificate was issued by &quot;%1&quot; but the encryption certificate by &quot;%2&quot;. Both halves of an SM dual pair come from the same CA; choose the matching pair.</source>
        <translation>签名证书由“%1”签发，而加密证书由“%2”签发。国密双证书的两个证书应来自同一 CA；请选择匹配的证书对。</translation>
    </message>
    <message>
        <source>The chain ends at the root &quot;%1&quot;, which is not a root this computer trusts. Browsers and clients trust the certificate only if they have this root installed. If it is your organisation&apos;s own root CA, name its file as a trusted root (ccmctl --trust-root FILE, or the profile&apos;s trusted root).</source>
        <translation>证书链止于根证书“%1”，本机不信任该根证书。只有安装了该根证书的浏览器和客户端才会信任此证书。如果它是贵组织自己的根 CA，请将其文件指定为受信任的根证书（ccmctl --trust-root FILE，或配置文件中的受信任根证书）。</translation>
    </message>
    <message>
        <source>The chain ends at &quot;%1&quot;, whose issuer &quot;%2&quot; is neither in the files nor a known root. Clients that do not have &quot;%2&quot; will not trust the certificate; add its certificate from your CA, or, if it is your organisation&apos;s own root CA, name its file as a trusted root (ccmctl --trust-root FILE, or the profile&apos;s trusted root).</source>
        <translation>证书链止于“%1”，其颁发者“%2”既不在文件中，也不是已知的根证书。没有“%2”的客户端将不信任该证书；请从 CA 获取并添加它的证书；如果它是贵组织自己的根 CA，请将其文件指定为受信任的根证书（ccmctl --trust-root FILE，或配置文件中的受信任根证书）。</translation>
    </message>
</context>
<context>
    <name>ccm::BundleReader</name>
    <message>
        <source>%1 is %2 KiB; certificate files are much smaller (the limit is %3 KiB). Choose the certificate, key or bundle file itself, not an archive or a log.</source>
        <translation>%1 大小为 %2 KiB；证书文件要小得多（上限为 %3 KiB）。请选择证书、私钥或证书包文件本身，而不是压缩包或日志。</translation>
    </message>
    <message>
        <source>%1 is empty. Choose the file your CA sent, or paste its content.</source>
        <translation>%1 是空文件。请选择 CA 发给您的文件，或粘贴其内容。</translation>
    </message>
    <message>
        <source>%1 holds only blank lines. Choose the file your CA sent, or paste its content.</source>
        <translation>%1 只包含空行。请选择 CA 发给您的文件，或粘贴其内容。</translation>
    </message>
    <message>
        <source>%1 is not a certificate, key, PKCS#7 or PKCS#12 file (its binary content matches none of them). Check that you picked the right file and that it was not damaged in transfer.</source>
        <translation>%1 不是证书、私钥、PKCS#7 或 PKCS#12 文件（其二进制内容与这些格式都不符）。请检查是否选对了文件，以及文件在传输中是否损坏。</translation>
    </message>
    <message>
        <source>%1 contains text but no certificate or key: there is no &quot;-----BEGIN …-----&quot; line. Choose the .pem, .crt, .cer or .key file your CA sent, or paste the block including its BEGIN and END lines.</source>
        <translation>%1 包含文本，但没有证书或私钥：找不到“-----BEGIN …-----”行。请选择 CA 发给您的 .pem、.crt、.cer 或 .key 文件，或粘贴包含 BEGIN 和 END 行的完整内容块。</translation>
    </message>
    <message>
        <source>%1 has a damaged &quot;-----BEGIN&quot; line. Copy the block again, including the whole BEGIN line.</source>
        <translation>%1 的“-----BEGIN”行已损坏。请重新复制该内容块，包括完整的 BEGIN 行。</translation>
    </message>
    <message>
        <source>%1 is cut off: the &quot;%2&quot; block has no &quot;-----END %2-----&quot; line. The file was probably copied or downloaded incompletely; get it again from your CA or copy the whole block.</source>
        <translation>%1 不完整：“%2”内容块缺少“-----END %2-----”行。文件可能未完整复制或下载；请重新从 CA 获取，或复制完整的内容块。</translation>
    </message>
    <message>
        <source>%1: the block &quot;-----BEGIN %2-----&quot; ends with &quot;-----END %3-----&quot;. Parts of two blocks were probably pasted together; copy each block whole.</source>
        <translation>%1：内容块“-----BEGIN %2-----”以“-----END %3-----”结尾。可能把两个内容块的片段粘贴到了一起；请完整复制每个内容块。</translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; block is damaged (its content is not valid Base64). Copy it again from the original file without editing it.</source>
        <translation>%1：“%2”内容块已损坏（内容不是有效的 Base64）。请从原始文件重新复制，不要编辑。</translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; block could not be decoded: its structure is invalid. The content was changed or cut; copy it again from the original file.</source>
        <translation>%1：无法解码“%2”内容块：结构无效。内容已被修改或截断；请从原始文件重新复制。</translation>
    </message>
    <message>
        <source>%1 holds a certificate signing request (CSR), not a certificate. Upload the certificate your CA issued for this request instead.</source>
        <translation>%1 包含的是证书签名请求（CSR），不是证书。请改为上传 CA 根据该请求签发的证书。</translation>
    </message>
    <message>
        <source>%1 holds a public key. The import needs the private key that belongs to the certificate; it was created together with the CSR (often a .key file on the server).</source>
        <translation>%1 包含的是公钥。导入需要属于该证书的私钥；它是与 CSR 一起生成的（通常是服务器上的 .key 文件）。</translation>
    </message>
    <message>
        <source>%1 holds a certificate revocation list (CRL), which is not imported. Choose the certificate file instead.</source>
        <translation>%1 包含的是证书吊销列表（CRL），不会被导入。请改为选择证书文件。</translation>
    </message>
    <message>
        <source>%1 holds a &quot;%2&quot; block, which is neither a certificate nor a private key. Remove it or choose the certificate and key files.</source>
        <translation>%1 包含一个“%2”内容块，它既不是证书也不是私钥。请移除它，或选择证书和私钥文件。</translation>
    </message>
    <message>
        <source>%1 is a PKCS#7 file without certificates. Export it again with the certificates included.</source>
        <translation>%1 是不含证书的 PKCS#7 文件。请重新导出并包含证书。</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1</source>
        <translation>PKCS#12 文件 %1</translation>
    </message>
    <message>
        <source>The private key in %1</source>
        <translation>%1 中的私钥</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: the passphrase is wrong. Enter the passphrase that was set when the file was exported (it is case-sensitive).</source>
        <translation>%1 无法解密：口令错误。请输入导出该文件时设置的口令（区分大小写）。</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase. Provide it (in ccmctl with --passphrase-file or --passphrase-stdin); the key is decrypted in memory and sent unencrypted, as the service requires.</source>
        <translation>%1 受口令保护。请提供口令（在 ccmctl 中使用 --passphrase-file 或 --passphrase-stdin）；私钥仅在内存中解密，并按服务要求以未加密形式发送。</translation>
    </message>
    <message>
        <source>%1: the private key could not be read (%2). Copy it again from the original file.</source>
        <translation>%1：无法读取私钥（%2）。请从原始文件重新复制。</translation>
    </message>
    <message>
        <source>%1 uses old encryption (RC2 or DES) that needs OpenSSL&apos;s legacy provider, which is not installed here. Export the PFX again with AES (e.g. `openssl pkcs12 -export` without -legacy), or install the OpenSSL legacy provider.</source>
        <translation>%1 使用旧式加密（RC2 或 DES），需要 OpenSSL 的 legacy 提供程序，但本机未安装。请用 AES 重新导出 PFX（例如不带 -legacy 的 `openssl pkcs12 -export`），或安装 OpenSSL legacy 提供程序。</translation>
    </message>
    <message>
        <source>%1 is a PKCS#12 file with nothing in it. Export it again with the certificate and private key.</source>
        <translation>%1 是空的 PKCS#12 文件。请重新导出并包含证书和私钥。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose the certificate or key files in it.</source>
        <translation>%1 是文件夹；请选择其中的证书或私钥文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 key-derivation iterations (at most %2 are accepted)</source>
        <translation>%1 次密钥派生迭代（最多接受 %2 次）</translation>
    </message>
    <message>
        <source>more than 2^64</source>
        <translation>超过 2^64</translation>
    </message>
    <message>
        <source>%1 MiB of memory for scrypt (at most %2 MiB are accepted)</source>
        <translation>scrypt 需要 %1 MiB 内存（最多接受 %2 MiB）</translation>
    </message>
    <message>
        <source>scrypt work N·r·p = %1 (at most %2 is accepted)</source>
        <translation>scrypt 工作量 N·r·p = %1（最多接受 %2）</translation>
    </message>
    <message>
        <source>%1 is not opened: decrypting it would need %2, which would keep the computer busy for minutes. Real exports use a few thousand iterations; export the file again with the usual settings.</source>
        <translation>未打开%1：解密它需要%2，会让计算机忙碌数分钟。正常导出的文件只使用几千次迭代；请使用常规设置重新导出该文件。</translation>
    </message>
</context>
<context>
    <name>ccm::CertificateDetails</name>
    <message>
        <source>(unsupported name type %1)</source>
        <translation>（不支持的名称类型 %1）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ccm::TrustRoots</name>
    <message>
        <source>%1 holds no certificate; name the file of your private root CA certificate (PEM or DER).</source>
        <translation>%1 中没有证书；请指定您的私有根 CA 证书文件（PEM 或 DER）。</translation>
    </message>
</context>
<context>
    <name>ccm::Validator</name>
    <message numerus="yes">
        <source>The name has %n character(s); it needs 3 to 63.</source>
        <translation>
            <numerusform>名称有 %n 个字符；需要 3 到 63 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>The name may only contain letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;; remove or replace %1.</source>
        <translation>名称只能包含字母、数字、“_”、“-”和“.”；请删除或替换 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enterprise project ID. Use &quot;0&quot; (the default project), &quot;all&quot;, or an ID like 1a2b3c4d-0000-1111-2222-333344445555 (lower-case letters and digits) as shown in the Enterprise Project console.</source>
        <translation>“%1”不是企业项目 ID。请使用“0”（默认项目）、“all”，或企业项目控制台中显示的 ID，例如 1a2b3c4d-0000-1111-2222-333344445555（小写字母和数字）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expired on %2. Renew it with your CA and import the new certificate.</source>
        <translation>“%1”已于 %2 过期。请向 CA 续期，然后导入新证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only valid from %2. Check the computer&apos;s clock, or wait until then.</source>
        <translation>“%1”自 %2 起才生效。请检查计算机时钟，或等到那时再导入。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; expires in %n day(s) (%2). Consider renewing it before importing.</source>
        <translation>
            <numerusform>“%1”将在 %n 天后过期（%2）。建议在导入前续期。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed with %2, which browsers no longer trust. Ask your CA for a certificate signed with SHA-256.</source>
        <translation>“%1”使用 %2 签名，浏览器已不再信任该算法。请向 CA 申请使用 SHA-256 签名的证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a %2-bit RSA key; at least 2048 bits are needed to be trusted. Create a new key and certificate.</source>
        <translation>“%1”的 RSA 密钥只有 %2 位；至少需要 2048 位才会被信任。请生成新的密钥和证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no domain (no DNS entry in the Subject Alternative Name and no host name as Common Name). The service only accepts certificates issued for a domain; check that this is the server certificate.</source>
        <translation>“%1”未包含任何域名（使用者可选名称中没有 DNS 条目，通用名称也不是主机名）。服务只接受为域名签发的证书；请检查这是否为服务器证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a CA certificate, not a server certificate. If you meant to import your server&apos;s certificate, choose that file instead.</source>
        <translation>“%1”是 CA 证书，不是服务器证书。如果您想导入服务器证书，请改为选择该文件。</translation>
    </message>
    <message>
        <source>No name was given; the certificate will be imported as &quot;%1&quot;.</source>
        <translation>未填写名称；证书将以“%1”为名导入。</translation>
    </message>
    <message>
        <source>No certificate was found. Add the certificate file your CA sent (.crt, .cer, .pem, .p7b or .pfx).</source>
        <translation>未找到证书。请添加 CA 发给您的证书文件（.crt、.cer、.pem、.p7b 或 .pfx）。</translation>
    </message>
    <message>
        <source>No private key was found. Add the key file that was created together with the certificate request (often .key), or a .pfx file that contains it.</source>
        <translation>未找到私钥。请添加与证书请求一起生成的私钥文件（通常为 .key），或包含私钥的 .pfx 文件。</translation>
    </message>
    <message>
        <source>The private key was decrypted in memory. It is sent unencrypted over TLS, as the service does not accept password-protected keys, and never written to disk.</source>
        <translation>私钥已在内存中解密。由于服务不接受受密码保护的私钥，它将通过 TLS 以未加密形式发送，且不会写入磁盘。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the service accepts at most %3.</source>
        <translation>%1 长度为 %2 个字符；服务最多接受 %3 个字符。</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>The certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>The private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>The encryption certificate</source>
        <translation>加密证书</translation>
    </message>
    <message>
        <source>The encryption private key</source>
        <translation>加密私钥</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; is %2, which Huawei Cloud&apos;s certificate services do not accept: they take RSA, EC (ECDSA) and SM2 keys. Create an RSA or EC key and have the certificate issued again.</source>
        <translation>“%1”的密钥类型为 %2，华为云证书服务不接受该类型：仅支持 RSA、EC（ECDSA）和 SM2 密钥。请创建 RSA 或 EC 密钥，并重新签发证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is self-signed: browsers and clients will not trust it unless their users install it. Use a certificate issued by a CA for a public site.</source>
        <translation>“%1”是自签名证书：除非用户自行安装，否则浏览器和客户端不会信任它。公开网站请使用由 CA 签发的证书。</translation>
    </message>
</context>
<context>
    <name>ccm::application::AccountService</name>
    <message>
        <source>1 expires within 30 days</source>
        <translation>1 个在 30 天内到期</translation>
    </message>
    <message>
        <source>%1 expire within 30 days</source>
        <translation>%1 个在 30 天内到期</translation>
    </message>
    <message>
        <source>1 more within 60 days</source>
        <translation>另有 1 个在 60 天内到期</translation>
    </message>
    <message>
        <source>%1 more within 60 days</source>
        <translation>另有 %1 个在 60 天内到期</translation>
    </message>
    <message>
        <source>1 expired</source>
        <translation>1 个已过期</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 个已过期</translation>
    </message>
    <message>
        <source>No certificates.</source>
        <translation>没有证书。</translation>
    </message>
    <message>
        <source>None expires within 60 days.</source>
        <translation>没有证书在 60 天内到期。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>The chosen account profile no longer exists. Choose another profile.</source>
        <translation>所选的账号配置已不存在。请选择其他配置。</translation>
    </message>
    <message>
        <source>Fetching the list of certificates…</source>
        <translation>正在获取证书列表…</translation>
    </message>
    <message>
        <source>Pushing &quot;%1&quot; to %2…</source>
        <translation>正在将“%1”推送到 %2…</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Pushed to %1 (request %2).</source>
        <translation>已推送到 %1（请求 %2）。</translation>
    </message>
    <message>
        <source>Not pushed to %1: %2</source>
        <translation>未推送到 %1：%2</translation>
    </message>
    <message>
        <source>The renewed certificates were not deleted, because a push failed.</source>
        <translation>由于有推送失败，被续期的证书未删除。</translation>
    </message>
    <message>
        <source>Deleted %1 (%2; request %3).</source>
        <translation>已删除 %1（%2；请求 %3）。</translation>
    </message>
    <message>
        <source>Not deleted %1 (%2): %3</source>
        <translation>未删除 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>ccm::application::EmbeddedSandbox</name>
    <message>
        <source>The local sandbox needs a running application object.</source>
        <translation>本地沙箱需要一个正在运行的应用程序对象。</translation>
    </message>
</context>
<context>
    <name>ccm::application::ImportReportText</name>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Already imported as %1 in &quot;%2&quot;; nothing was sent. Tick &quot;Allow duplicate upload&quot; to import another copy.</source>
        <translation>该证书已通过“%2”导入（ID 为 %1）；未发送任何内容。勾选“允许重复上传”可再导入一份。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; into &quot;%2&quot; as %3.</source>
        <translation>已将“%1”导入“%2”，证书 ID 为 %3。</translation>
    </message>
    <message>
        <source>The answer was lost on the way; the certificate was found in the account, so it was not sent again.</source>
        <translation>响应在传输途中丢失；已在账号中找到该证书，因此没有再次发送。</translation>
    </message>
    <message>
        <source>An earlier answer was lost and the certificate had not arrived, so it was sent once more; the account holds one copy.</source>
        <translation>之前的响应丢失且证书未到达，因此又发送了一次；账号中只有一份。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>%1 (%2, expires %3)</source>
        <translation>%1（%2，%3 到期）</translation>
    </message>
    <message>
        <source>It renews: %1</source>
        <translation>它续期了：%1</translation>
    </message>
    <message>
        <source>Whether it renews other certificates is not known: %1</source>
        <translation>无法确定它是否为其他证书续期：%1</translation>
    </message>
    <message>
        <source>It was not added to the import history: %1</source>
        <translation>本次导入未记入导入历史：%1</translation>
    </message>
</context>
<context>
    <name>ccm::application::ImportService</name>
    <message>
        <source>The chosen account profile no longer exists. Choose another profile.</source>
        <translation>所选的账号配置已不存在。请选择其他配置。</translation>
    </message>
    <message>
        <source>Reading the credentials of &quot;%1&quot;…</source>
        <translation>正在读取“%1”的凭据…</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot; to %2…</source>
        <translation>正在将“%1”发送到 %2…</translation>
    </message>
    <message>
        <source>The import was cancelled. If the request had already reached the service, the certificate may have been imported; importing again finds such a copy instead of making a second one.</source>
        <translation>导入已取消。如果请求已到达服务，证书可能已被导入；再次导入时会找到该副本，而不会再创建一份。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was sent.</source>
        <translation>导入已取消。未发送任何内容。</translation>
    </message>
    <message>
        <source>Looking for the certificates this one renews…</source>
        <translation>正在查找此证书续期替换的旧证书…</translation>
    </message>
</context>
<context>
    <name>ccm::application::ProfileClient</name>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>本地沙箱未运行。</translation>
    </message>
</context>
<context>
    <name>ccm::cli::CliPassphraseProvider</name>
    <message>
        <source>PKCS#12 file %1</source>
        <translation>PKCS#12 文件 %1</translation>
    </message>
    <message>
        <source>private key in %1</source>
        <translation>%1 中的私钥</translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase for the %1 (attempt %2 of 3): </source>
        <translation>口令错误。请输入%1的口令（第 %2 次，共 3 次）：</translation>
    </message>
    <message>
        <source>Passphrase for the %1: </source>
        <translation>请输入%1的口令：</translation>
    </message>
</context>
<context>
    <name>ccm::cli::CloudCommands</name>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>使用名为 NAME 的已保存配置。</translation>
    </message>
    <message>
        <source>SCM endpoint URL (https, or http on 127.0.0.1).</source>
        <translation>SCM 终端节点 URL（https；在 127.0.0.1 上也可使用 http）。</translation>
    </message>
    <message>
        <source>IAM endpoint URL.</source>
        <translation>IAM 终端节点 URL。</translation>
    </message>
    <message>
        <source>Region id, e.g. ap-southeast-1, cn-north-4, eu-west-101.</source>
        <translation>区域 ID，例如 ap-southeast-1、cn-north-4、eu-west-101。</translation>
    </message>
    <message>
        <source>Account (domain) id sent as X-Domain-Id.</source>
        <translation>以 X-Domain-Id 发送的账号（domain）ID。</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust for the endpoint.</source>
        <translation>访问终端节点时额外信任的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>No credentials: set CLOUD_SDK_AK and CLOUD_SDK_SK (or HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and optionally HUAWEICLOUD_SDK_SECURITY_TOKEN), or HUAWEICLOUD_SDK_AUTH_TOKEN, or use --profile. Keys are never taken from arguments.</source>
        <translation>没有凭据：请设置 CLOUD_SDK_AK 和 CLOUD_SDK_SK（或 HUAWEICLOUD_SDK_AK、HUAWEICLOUD_SDK_SK，以及可选的 HUAWEICLOUD_SDK_SECURITY_TOKEN），或设置 HUAWEICLOUD_SDK_AUTH_TOKEN，或使用 --profile。密钥绝不从命令行参数读取。</translation>
    </message>
    <message>
        <source>Warning: the import was not added to the history: %1</source>
        <translation>警告：本次导入未记入导入历史：%1</translation>
    </message>
    <message>
        <source>See `ccmctl %1 --help`.</source>
        <translation>参见 `ccmctl %1 --help`。</translation>
    </message>
    <message>
        <source>Give up on a call after SECONDS without an answer (default 30).</source>
        <translation>调用在 SECONDS 秒内没有任何响应时放弃（默认 30）。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 1 到 3600 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Warning: this was not added to the history: %1</source>
        <translation>警告：此操作未记入历史：%1</translation>
    </message>
    <message>
        <source>Show one certificate of the account.</source>
        <translation>显示账号中的一个证书。</translation>
    </message>
    <message>
        <source>Shows the certificate with the given id (scs…) as the service describes it: names, validity, status and SHA-1 fingerprint.</source>
        <translation>按服务的描述显示指定 ID（scs…）的证书：名称、有效期、状态和 SHA-1 指纹。</translation>
    </message>
    <message>
        <source>Certificate id.</source>
        <translation>证书 ID。</translation>
    </message>
    <message>
        <source>Give exactly one certificate id. See `ccmctl show --help`.</source>
        <translation>请只给出一个证书 ID。参见 `ccmctl show --help`。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Push a certificate to CDN, WAF or ELB.</source>
        <translation>将证书推送到 CDN、WAF 或 ELB。</translation>
    </message>
    <message>
        <source>Pushes the certificate with the given id to a cloud service in one or more regions (one region: push, several: batch push). Push is available in cn-north-4 and ap-southeast-1.</source>
        <translation>将指定 ID 的证书推送到一个或多个区域的云服务（一个区域：推送；多个区域：批量推送）。只有 cn-north-4 和 ap-southeast-1 支持推送。</translation>
    </message>
    <message>
        <source>The service: CDN, WAF or ELB.</source>
        <translation>服务：CDN、WAF 或 ELB。</translation>
    </message>
    <message>
        <source>A target region, e.g. cn-north-4 (repeat for several).</source>
        <translation>目标区域，例如 cn-north-4（可重复给出多个）。</translation>
    </message>
    <message>
        <source>Give one certificate id, --service and at least one --project. See `ccmctl push --help`.</source>
        <translation>请给出一个证书 ID、--service 以及至少一个 --project。参见 `ccmctl push --help`。</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 in %3.</source>
        <translation>已将 %1 推送到 %3 的 %2。</translation>
    </message>
    <message>
        <source>List certificates that expire soon (exit status 5).</source>
        <translation>列出即将过期的证书（退出状态 5）。</translation>
    </message>
    <message>
        <source>Lists the account&apos;s certificates that expire within DAYS (default 30) or have expired, soonest first.
Exit status: 0 none, 5 some (for cron jobs and monitoring checks), 2 usage, 3 rejected by the service, 4 network or TLS failure.</source>
        <translation>列出账号中在 DAYS 天内（默认 30）过期或已过期的证书，最早过期的在前。
退出状态：0 没有，5 有（供 cron 任务和监控检查使用），2 用法错误，3 被服务拒绝，4 网络或 TLS 故障。</translation>
    </message>
    <message>
        <source>The window in days (default 30).</source>
        <translation>时间范围，单位为天（默认 30）。</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to 36500, not &quot;%1&quot;.</source>
        <translation>--within 需要 0 到 36500 之间的天数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Warning: the account holds %1 certificates, more than the API&apos;s paging reaches (%2 checked).</source>
        <translation>警告：账号中有 %1 个证书，超出了 API 分页所能读取的范围（已检查 %2 个）。</translation>
    </message>
    <message numerus="yes">
        <source>No certificate expires within %n day(s).</source>
        <translation>
            <numerusform>没有证书在 %n 天内过期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not look for the certificates this one renews: %1</source>
        <translation>无法查找此证书续期替换的旧证书：%1</translation>
    </message>
    <message>
        <source>No push of the renewed certificates is recorded on this computer; nothing to push.</source>
        <translation>本机没有记录被续期证书的推送；无需推送。</translation>
    </message>
    <message>
        <source>The renewed certificates were not deleted: a push failed.</source>
        <translation>未删除被续期的证书：有推送失败。</translation>
    </message>
    <message>
        <source>Check certificate files and import them into CCM.</source>
        <translation>检查证书文件并将其导入 CCM。</translation>
    </message>
    <message>
        <source>Checks the files like `ccmctl inspect`, refuses to send when there are errors, then signs and imports the certificate and prints its id.
Credentials come from --profile or the environment (CLOUD_SDK_AK/CLOUD_SDK_SK, HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN/DOMAIN_ID, HUAWEICLOUD_SDK_AUTH_TOKEN), never from arguments.
The import is sent once: when its answer is lost (connection dropped, timeout, 502/503/504), ccmctl looks the certificate up and sends it again only when it did not arrive.
Exit status: 0 imported or already present, 1 refused by validation, 2 usage, 3 rejected by the service, 4 network or TLS failure.</source>
        <translation>像 `ccmctl inspect` 一样检查文件，存在错误时拒绝发送，否则对请求签名并导入证书，然后输出证书 ID。
凭据来自 --profile 或环境变量（CLOUD_SDK_AK/CLOUD_SDK_SK、HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN/DOMAIN_ID、HUAWEICLOUD_SDK_AUTH_TOKEN），绝不从命令行参数读取。
导入只发送一次：如果响应丢失（连接中断、超时、502/503/504），ccmctl 会先查询该证书，只有确认它未到达时才重新发送。
退出状态：0 已导入或已存在，1 未通过校验，2 用法错误，3 被服务拒绝，4 网络或 TLS 故障。</translation>
    </message>
    <message>
        <source>Import even when the same certificate is already there.</source>
        <translation>即使相同的证书已存在，也仍然导入。</translation>
    </message>
    <message>
        <source>After the import, push the new certificate to the services and regions the certificates it renews were pushed to (as recorded on this computer).</source>
        <translation>导入后，将新证书推送到被续期证书曾推送到的服务和区域（以本机记录为准）。</translation>
    </message>
    <message>
        <source>Then delete the certificates it renews (same domains, earlier expiry); only after every push succeeded, never the new certificate.</source>
        <translation>然后删除被续期的证书（域名相同、过期更早）；仅在所有推送都成功后进行，绝不删除新证书。</translation>
    </message>
    <message>
        <source>Certificate, chain, key, PFX or PKCS#7 files.</source>
        <translation>证书、证书链、私钥、PFX 或 PKCS#7 文件。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Already imported as %1; nothing was sent (use --allow-duplicate to import another copy).</source>
        <translation>该证书已导入（ID 为 %1）；未发送任何内容（使用 --allow-duplicate 可再导入一份）。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2.</source>
        <translation>已导入“%1”，证书 ID 为 %2。</translation>
    </message>
    <message>
        <source>The answer was lost on the way; the certificate was found in the account, so it was not sent again.</source>
        <translation>响应在传输途中丢失；已在账号中找到该证书，因此没有再次发送。</translation>
    </message>
    <message>
        <source>This renews %1 (&quot;%2&quot;, expires %3).</source>
        <translation>此证书续期替换了 %1（“%2”，%3 过期）。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>List the certificates in CCM.</source>
        <translation>列出 CCM 中的证书。</translation>
    </message>
    <message>
        <source>Lists the certificates of the account, every page.</source>
        <translation>列出账号中的证书（包括所有分页）。</translation>
    </message>
    <message>
        <source>Only names or domains containing TEXT.</source>
        <translation>仅列出名称或域名包含 TEXT 的证书。</translation>
    </message>
    <message>
        <source>Warning: the account holds %1 matching certificates, more than the API&apos;s paging reaches (%2 shown). Narrow the list with --content.</source>
        <translation>警告：账号中有 %1 个匹配的证书，超出了 API 分页所能读取的范围（已显示 %2 个）。请用 --content 缩小范围。</translation>
    </message>
    <message>
        <source>No certificates.</source>
        <translation>没有证书。</translation>
    </message>
    <message>
        <source>Delete a certificate from CCM by id.</source>
        <translation>按 ID 从 CCM 删除证书。</translation>
    </message>
    <message>
        <source>Deletes the certificate with the given id (scs…).</source>
        <translation>删除指定 ID（scs…）的证书。</translation>
    </message>
    <message>
        <source>Give exactly one certificate id. See `ccmctl delete --help`.</source>
        <translation>请只提供一个证书 ID。参见 `ccmctl delete --help`。</translation>
    </message>
</context>
<context>
    <name>ccm::cli::Console</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ccm::cli::InspectCommand</name>
    <message>
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>%1 至 %2（剩余 %3 天）</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>备用名称</translation>
    </message>
    <message>
        <source> %1 bits</source>
        <translation> %1 位</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>增强型密钥用法</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>基本约束</translation>
    </message>
    <message>
        <source>Subject key ID</source>
        <translation>使用者密钥标识符</translation>
    </message>
    <message>
        <source>Authority key ID</source>
        <translation>颁发机构密钥标识符</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>CA issuers</source>
        <translation>CA 颁发者</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>No input: give the certificate, chain and key files (or one bundle, PFX or PKCS#7 file). See --help.</source>
        <translation>没有输入：请提供证书、证书链和私钥文件（或一个证书包、PFX 或 PKCS#7 文件）。参见 --help。</translation>
    </message>
    <message>
        <source>Use either --passphrase-file or --passphrase-stdin, not both.</source>
        <translation>--passphrase-file 和 --passphrase-stdin 只能使用其一。</translation>
    </message>
    <message>
        <source>SM2 dual certificates need both --enc-cert and --enc-key.</source>
        <translation>SM2 双证书需要同时提供 --enc-cert 和 --enc-key。</translation>
    </message>
    <message>
        <source>Certificate: %1
</source>
        <translation>证书：%1
</translation>
    </message>
    <message numerus="yes">
        <source>
Chain as it will be sent (%n certificate(s), issuer of the certificate first):
</source>
        <translation>
            <numerusform>
将发送的证书链（%n 个证书，证书的颁发者在前）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>     issued by %1, valid until %2, SHA-1 %3
</source>
        <translation>     颁发者 %1，有效期至 %2，SHA-1 %3
</translation>
    </message>
    <message>
        <source>
Left out:
</source>
        <translation>
未包含：
</translation>
    </message>
    <message>
        <source>  root       %1
</source>
        <translation>  根证书     %1
</translation>
    </message>
    <message>
        <source>  unrelated  %1
</source>
        <translation>  无关证书   %1
</translation>
    </message>
    <message numerus="yes">
        <source>  %n duplicate copy(ies)
</source>
        <translation>
            <numerusform>  %n 个重复副本
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Private key: %1 from %2%3%4
</source>
        <translation>
私钥：%1，来自 %2%3%4
</translation>
    </message>
    <message>
        <source>, decrypted in memory</source>
        <translation>，已在内存中解密</translation>
    </message>
    <message>
        <source>, matches the certificate</source>
        <translation>，与证书匹配</translation>
    </message>
    <message>
        <source>, does NOT match the certificate</source>
        <translation>，与证书不匹配</translation>
    </message>
    <message>
        <source>
SM2 encryption certificate: %1
</source>
        <translation>
SM2 加密证书：%1
</translation>
    </message>
    <message>
        <source>
Findings:
</source>
        <translation>
检查结果：
</translation>
    </message>
    <message>
        <source>Ready to import as &quot;%1&quot; (certificate %2, chain %3, key %4 characters).
</source>
        <translation>可以导入，名称为“%1”（证书 %2 个字符，证书链 %3 个字符，私钥 %4 个字符）。
</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to import: %n error(s) to fix first.
</source>
        <translation>
            <numerusform>尚不能导入：需先修正 %n 个错误。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what certificate files hold, how they would be sent, and what is wrong with them.</source>
        <translation>显示证书文件包含的内容、将如何发送，以及存在哪些问题。</translation>
    </message>
    <message>
        <source>Reads certificates and keys (PEM in any order, DER, PKCS#7, PKCS#12, encrypted keys), sorts them into certificate, chain and key as CCM expects, and reports every problem before anything is sent.
Exit status: 0 ready to import, 1 errors found, 2 usage or unreadable input.</source>
        <translation>读取证书和私钥（任意顺序的 PEM、DER、PKCS#7、PKCS#12、加密私钥），按 CCM 的要求整理为证书、证书链和私钥，并在发送任何内容之前报告所有问题。
退出状态：0 可以导入，1 发现错误，2 用法错误或输入无法读取。</translation>
    </message>
    <message>
        <source>Certificate, chain, key, PFX or PKCS#7 files.</source>
        <translation>证书、证书链、私钥、PFX 或 PKCS#7 文件。</translation>
    </message>
    <message>
        <source>See `ccmctl inspect --help`.</source>
        <translation>参见 `ccmctl inspect --help`。</translation>
    </message>
</context>
<context>
    <name>ccm::cli::ProfileCommand</name>
    <message>
        <source>local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>  （%1）</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>ccmctl profile: secrets are never taken from the arguments (they would end up in the shell history and the process list). Use --secret-stdin, --secret-env VARIABLE or the hidden prompt.</source>
        <translation>ccmctl profile：密钥绝不从命令行参数读取（否则会留在 shell 历史和进程列表中）。请使用 --secret-stdin、--secret-env 变量名 或隐藏输入提示。</translation>
    </message>
    <message>
        <source>Region id from the catalogue, e.g. cn-north-4.</source>
        <translation>目录中的区域 ID，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>Custom SCM endpoint URL (private cloud, proxy).</source>
        <translation>自定义 SCM 终端节点 URL（私有云、代理）。</translation>
    </message>
    <message>
        <source>Custom IAM endpoint URL.</source>
        <translation>自定义 IAM 终端节点 URL。</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>额外信任的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>aksk (default), temporary-aksk, password or token.</source>
        <translation>aksk（默认）、temporary-aksk、password 或 token。</translation>
    </message>
    <message>
        <source>Access key id (AK).</source>
        <translation>访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>Account (domain) id.</source>
        <translation>账号（domain）ID。</translation>
    </message>
    <message>
        <source>Account (domain) name.</source>
        <translation>账号（domain）名。</translation>
    </message>
    <message>
        <source>IAM user name (password authentication).</source>
        <translation>IAM 用户名（密码认证）。</translation>
    </message>
    <message>
        <source>Token scope: domain (account) or project.</source>
        <translation>Token 范围：domain（账号）或 project（项目）。</translation>
    </message>
    <message>
        <source>Project name for a project-scoped token.</source>
        <translation>项目级 Token 的项目名称。</translation>
    </message>
    <message>
        <source>Default enterprise project for imports (&quot;0&quot;, &quot;all&quot; or a UUID).</source>
        <translation>导入时使用的默认企业项目（“0”、“all”或 UUID）。</translation>
    </message>
    <message>
        <source>Read the secret(s) from standard input, one per line: secret key (then security token for temporary-aksk), password, or token.</source>
        <translation>从标准输入读取密钥，每行一个：秘密访问密钥（temporary-aksk 还需随后提供安全令牌）、密码或 Token。</translation>
    </message>
    <message>
        <source>Read a secret from this environment variable (repeat for the security token).</source>
        <translation>从此环境变量读取密钥（安全令牌需再次指定）。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>Unknown --auth &quot;%1&quot;: use aksk, temporary-aksk, password or token.</source>
        <translation>未知的 --auth “%1”：请使用 aksk、temporary-aksk、password 或 token。</translation>
    </message>
    <message>
        <source>Unknown --scope &quot;%1&quot;: use domain or project.</source>
        <translation>未知的 --scope “%1”：请使用 domain 或 project。</translation>
    </message>
    <message numerus="yes">
        <source>Standard input must hold %n secret line(s) for this authentication kind.</source>
        <translation>
            <numerusform>对于此认证方式，标准输入必须包含 %n 行密钥。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give --secret-env once per secret (%n for this authentication kind).</source>
        <translation>
            <numerusform>每个密钥指定一次 --secret-env（此认证方式需要 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>Manage saved account profiles (secrets in the system&apos;s credential store).</source>
        <translation>管理已保存的账号配置（密钥保存在系统凭据存储中）。</translation>
    </message>
    <message>
        <source>ccmctl profile: there is no profile &quot;%1&quot;. `ccmctl profile list` shows them.</source>
        <translation>ccmctl profile：没有名为“%1”的配置。`ccmctl profile list` 可列出所有配置。</translation>
    </message>
    <message>
        <source>wrong number of arguments.</source>
        <translation>参数数量错误。</translation>
    </message>
    <message>
        <source>%1 (input hidden): </source>
        <translation>%1（输入不显示）：</translation>
    </message>
    <message>
        <source>No secret was given; add it later with `ccmctl profile edit &quot;%1&quot; --secret-stdin`.</source>
        <translation>未提供密钥；稍后可用 `ccmctl profile edit &quot;%1&quot; --secret-stdin` 添加。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved without its secret. Give the secret for each run instead, e.g. `ccmctl profile test &quot;%1&quot; --secret-stdin`.</source>
        <translation>配置“%1”已保存，但未保存其密钥。请在每次运行时提供密钥，例如 `ccmctl profile test &quot;%1&quot; --secret-stdin`。</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile list [--json]</source>
        <translation>用法：ccmctl profile list [--json]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>environment, %1</source>
        <translation>环境变量，%1</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile show NAME [--json]</source>
        <translation>用法：ccmctl profile show NAME [--json]</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile add NAME [options]</source>
        <translation>用法：ccmctl profile add NAME [选项]</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>设为默认配置。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; created.</source>
        <translation>已创建配置“%1”。</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile edit NAME [options]</source>
        <translation>用法：ccmctl profile edit NAME [选项]</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>新名称。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>已更新配置“%1”。</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile remove NAME [--force]</source>
        <translation>用法：ccmctl profile remove NAME [--force]</translation>
    </message>
    <message>
        <source>Delete the profile even when its secrets cannot be removed from the credential store.</source>
        <translation>即使无法从凭据存储中删除其密钥，也删除该配置。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed; its secrets may remain in the credential store.</source>
        <translation>已删除配置“%1”；其密钥可能仍留在凭据存储中。</translation>
    </message>
    <message>
        <source>The profile was kept. Use --force to delete it anyway.</source>
        <translation>配置已保留。使用 --force 可强制删除。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>已删除配置“%1”。</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile duplicate NAME [NEW]</source>
        <translation>用法：ccmctl profile duplicate NAME [NEW]</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; was made without secrets.</source>
        <translation>副本“%1”已创建，但不含密钥。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; created from &quot;%2&quot;.</source>
        <translation>已从“%2”创建配置“%1”。</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile default NAME</source>
        <translation>用法：ccmctl profile default NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation>“%1”现在是默认配置。</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile test [NAME] [--json] [--secret-stdin | --secret-env VAR]</source>
        <translation>用法：ccmctl profile test [NAME] [--json] [--secret-stdin | --secret-env VAR]</translation>
    </message>
    <message>
        <source>Connected to %1 as account %2 in %3 ms.</source>
        <translation>已连接到 %1，账号 %2，耗时 %3 毫秒。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in the account.</source>
        <translation>
            <numerusform>账号中有 %n 个证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ccmctl profile export [--output FILE] [NAME...]</source>
        <translation>用法：ccmctl profile export [--output FILE] [NAME...]</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>ccmctl profile: &quot;%1&quot; is built in and is not exported.</source>
        <translation>ccmctl profile：“%1”是内置配置，不会被导出。</translation>
    </message>
    <message>
        <source>ccmctl profile: cannot write %1: %2</source>
        <translation>ccmctl profile：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>ccmctl profile: cannot read %1: %2</source>
        <translation>ccmctl profile：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (add its secret with `ccmctl profile edit &quot;%1&quot; --secret-stdin`).</source>
        <translation>已导入“%1”（请用 `ccmctl profile edit &quot;%1&quot; --secret-stdin` 添加其密钥）。</translation>
    </message>
    <message>
        <source>ccmctl profile: unknown action &quot;%1&quot;.</source>
        <translation>ccmctl profile：未知操作“%1”。</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile &lt;action&gt; [options]

Actions:
  list [--json]                       List the profiles (* marks the default).
  show NAME [--json]                  Show one profile and whether its secrets are stored.
  add NAME [fields] [secret]          Create a profile.
  edit NAME [fields] [secret] [--rename NEW]
                                      Change a profile; only the given fields change.
  remove NAME [--force]               Delete a profile and its secrets.
  duplicate NAME [NEW]                Copy a profile with its secrets.
  default NAME                        Make NAME the default profile.
  test [NAME] [--json] [--secret-stdin]
                                      Make a signed list call and show the account and the time taken.
  export [--output FILE] [NAME...]    Write profiles as JSON, without secrets.
  import FILE|- [--yes]               Add the profiles of an exported file (asks first when one has its
                                      own endpoint or CA file; --yes agrees).

Secrets are read from standard input (--secret-stdin), from environment variables (--secret-env VAR),
or from a hidden prompt on a terminal; never from the arguments. Run `ccmctl profile &lt;action&gt; --help`
for the options of an action.</source>
        <translation>用法：ccmctl profile &lt;操作&gt; [选项]

操作：
  list [--json]                       列出配置（* 表示默认配置）。
  show NAME [--json]                  显示一个配置及其密钥是否已保存。
  add NAME [字段] [密钥]              创建配置。
  edit NAME [字段] [密钥] [--rename NEW]
                                      修改配置；只修改给出的字段。
  remove NAME [--force]               删除配置及其密钥。
  duplicate NAME [NEW]                复制配置及其密钥。
  default NAME                        将 NAME 设为默认配置。
  test [NAME] [--json] [--secret-stdin]
                                      发起一次签名的列表调用，显示账号和耗时。
  export [--output FILE] [NAME...]    将配置写为 JSON（不含密钥）。
  import FILE|- [--yes]               添加导出文件中的配置（若某个配置使用自己的端点或
                                      CA 文件，会先询问；--yes 表示同意）。

密钥从标准输入（--secret-stdin）、环境变量（--secret-env VAR）
或终端上的隐藏提示读取，绝不从命令行参数读取。
运行 `ccmctl profile &lt;操作&gt; --help` 查看某个操作的选项。</translation>
    </message>
    <message>
        <source>Usage: ccmctl profile import FILE|- [--yes]</source>
        <translation>用法：ccmctl profile import FILE|- [--yes]</translation>
    </message>
    <message>
        <source>Save profiles that use their own endpoint or CA file without asking (check them first).</source>
        <translation>不经询问即保存使用自己的端点或 CA 文件的配置（请先检查它们）。</translation>
    </message>
    <message>
        <source>These profiles send requests somewhere other than the service&apos;s regional endpoints:</source>
        <translation>以下配置会把请求发送到服务的区域端点以外的地址：</translation>
    </message>
    <message>
        <source>Save them? Only say yes if you trust these addresses. [y/N] </source>
        <translation>保存它们吗？只有信任这些地址时才回答 yes。[y/N] </translation>
    </message>
    <message>
        <source>ccmctl profile: nothing imported. Check the addresses above and run again with --yes to save these profiles.</source>
        <translation>ccmctl profile：未导入任何配置。请检查上面的地址，然后加上 --yes 再次运行以保存这些配置。</translation>
    </message>
    <message>
        <source>Your private root CA certificate: chains that end there count as complete when importing with this profile (&quot;&quot; to remove).</source>
        <translation>您的私有根 CA 证书：使用此配置文件导入时，止于该根证书的证书链视为完整（使用 &quot;&quot; 删除）。</translation>
    </message>
</context>
<context>
    <name>ccm::cli::SandboxCommand</name>
    <message>
        <source>Run the local CCM sandbox (SCM + IAM emulator) in the foreground.</source>
        <translation>在前台运行本地 CCM 沙箱（SCM + IAM 模拟器）。</translation>
    </message>
    <message>
        <source>CCM sandbox listening on %1 (SCM and IAM)
</source>
        <translation>CCM 沙箱正在监听 %1（SCM 和 IAM）
</translation>
    </message>
    <message>
        <source>Port: %1
</source>
        <translation>端口：%1
</translation>
    </message>
    <message>
        <source>CA certificate: %1
</source>
        <translation>CA 证书：%1
</translation>
    </message>
    <message>
        <source>State: in memory only
</source>
        <translation>状态：仅保存在内存中
</translation>
    </message>
    <message>
        <source>State file: %1
</source>
        <translation>状态文件：%1
</translation>
    </message>
    <message>
        <source>
Demo credentials (public, for this sandbox only):
</source>
        <translation>
演示凭据（公开，仅用于此沙箱）：
</translation>
    </message>
    <message>
        <source>  Access key ID      %1
</source>
        <translation>  访问密钥 ID        %1
</translation>
    </message>
    <message>
        <source>  Secret access key  %1
</source>
        <translation>  秘密访问密钥       %1
</translation>
    </message>
    <message>
        <source>  Account ID         %1
</source>
        <translation>  账号 ID            %1
</translation>
    </message>
    <message>
        <source>  Account name       %1
</source>
        <translation>  账号名             %1
</translation>
    </message>
    <message>
        <source>  IAM user           %1
</source>
        <translation>  IAM 用户           %1
</translation>
    </message>
    <message>
        <source>  IAM password       %1
</source>
        <translation>  IAM 密码           %1
</translation>
    </message>
    <message>
        <source>  Temporary AK       %1
</source>
        <translation>  临时 AK            %1
</translation>
    </message>
    <message>
        <source>  Temporary SK       %1
</source>
        <translation>  临时 SK            %1
</translation>
    </message>
    <message>
        <source>  Security token     %1
</source>
        <translation>  安全令牌           %1
</translation>
    </message>
    <message>
        <source>
To import into it from another shell:
</source>
        <translation>
从另一个 shell 向其导入：
</translation>
    </message>
    <message>
        <source>
Press Ctrl+C to stop.
</source>
        <translation>
按 Ctrl+C 停止。
</translation>
    </message>
    <message>
        <source>Runs a local emulator of Huawei Cloud Certificate Manager (SCM) and the IAM calls it needs on 127.0.0.1, with fixed demo credentials. It checks signatures and tokens and validates imports like the service. Stops on Ctrl+C or SIGTERM.</source>
        <translation>在 127.0.0.1 上运行华为云证书管理服务（SCM）及其所需 IAM 调用的本地模拟器，使用固定的演示凭据。它会像真实服务一样检查签名和 Token，并校验导入。按 Ctrl+C 或收到 SIGTERM 时停止。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 (default) picks a free one.</source>
        <translation>监听端口；0（默认）表示自动选择空闲端口。</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate from a CA made at start (see --ca-file).</source>
        <translation>使用启动时生成的 CA 所签发的证书提供 HTTPS 服务（参见 --ca-file）。</translation>
    </message>
    <message>
        <source>Keep the imported certificates&apos; metadata in this JSON file across restarts.</source>
        <translation>将已导入证书的元数据保存在此 JSON 文件中，重启后仍然保留。</translation>
    </message>
    <message>
        <source>See `ccmctl sandbox --help`.</source>
        <translation>参见 `ccmctl sandbox --help`。</translation>
    </message>
    <message>
        <source>ccmctl sandbox takes no file arguments. See `ccmctl sandbox --help`.</source>
        <translation>ccmctl sandbox 不接受文件参数。参见 `ccmctl sandbox --help`。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port 必须是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--ca-file only makes sense with --tls.</source>
        <translation>--ca-file 只能与 --tls 一起使用。</translation>
    </message>
    <message>
        <source>Cannot write the CA certificate to %1: %2</source>
        <translation>无法将 CA 证书写入 %1：%2</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>沙箱已停止。</translation>
    </message>
    <message>
        <source>With --tls: write the CA certificate (PEM) to FILE; default: ca.pem in a new private folder in the temporary directory, removed when the sandbox stops.</source>
        <translation>与 --tls 一起使用：将 CA 证书（PEM）写入 FILE；默认写入临时目录中新建的私有文件夹里的 ca.pem，沙箱停止时删除。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the CA certificate: %1</source>
        <translation>无法为 CA 证书创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>ccm::cli::Texts</name>
    <message>
        <source>Usage: ccmctl &lt;command&gt; [options] [arguments]

Inspects certificate files and imports them into Huawei Cloud Certificate Manager.

Commands:
</source>
        <translation>用法：ccmctl &lt;命令&gt; [选项] [参数]

检查证书文件并将其导入华为云证书管理服务。

命令：
</translation>
    </message>
    <message>
        <source>ccmctl: unknown command &quot;%1&quot;. Run `ccmctl --help` to see the commands.</source>
        <translation>ccmctl：未知命令“%1”。运行 `ccmctl --help` 查看可用命令。</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help; `ccmctl &lt;command&gt; --help` shows a command&apos;s options.
  -v, --version  Show the version.

Exit status: 0 done, 1 refused by validation, 2 usage or unreadable input,
3 rejected by the service, 4 network or TLS failure, 5 certificates expire soon (expiring).
</source>
        <translation>
选项：
  -h, --help     显示此帮助；`ccmctl &lt;命令&gt; --help` 显示某个命令的选项。
  -v, --version  显示版本。

退出状态：0 完成，1 未通过校验，2 用法错误或输入无法读取，
3 被服务拒绝，4 网络或 TLS 故障，5 有证书即将过期（expiring）。
</translation>
    </message>
</context>
<context>
    <name>ccm::cloud::CloudError</name>
    <message>
        <source>The service rejected the request signature. Check the access key and secret key, and that this computer&apos;s clock is right (more than 15 minutes off is refused). After 5 failures in a row the key is locked for 5 minutes.</source>
        <translation>服务拒绝了请求签名。请检查访问密钥（AK）和秘密访问密钥（SK），并确认本机时钟准确（偏差超过 15 分钟会被拒绝）。连续失败 5 次后，该密钥将被锁定 5 分钟。</translation>
    </message>
    <message>
        <source>The token has expired or is not valid. Get a new token (or sign in again) and retry.</source>
        <translation>Token 已过期或无效。请获取新的 Token（或重新登录）后重试。</translation>
    </message>
    <message>
        <source>The service is throttling requests. Wait a few seconds and retry.</source>
        <translation>服务正在对请求限流。请等待几秒后重试。</translation>
    </message>
    <message>
        <source>These credentials may not do this: the certificate is not yours, or the user lacks the SCM permission. Ask the account administrator.</source>
        <translation>这些凭据无权执行此操作：证书不属于您，或用户缺少 SCM 权限。请联系账号管理员。</translation>
    </message>
    <message>
        <source>The certificate and the private key do not match. Choose the key the certificate was issued for.</source>
        <translation>证书与私钥不匹配。请选择与该证书对应的私钥。</translation>
    </message>
    <message>
        <source>The certificate chain is in the wrong order: each certificate must be followed by its issuer.</source>
        <translation>证书链顺序错误：每个证书之后必须紧跟其颁发者证书。</translation>
    </message>
    <message>
        <source>The certificate quota of this account is reached. Delete certificates you no longer need.</source>
        <translation>该账号的证书配额已用完。请删除不再需要的证书。</translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>This certificate is already imported. Allow duplicates to import another copy.</source>
        <translation>该证书已导入过。如需再导入一份，请允许重复上传。</translation>
    </message>
    <message>
        <source>Not found: the certificate does not exist, or the endpoint, method or path is wrong.</source>
        <translation>未找到：证书不存在，或终端节点、方法或路径有误。</translation>
    </message>
    <message>
        <source>The service failed (HTTP %1). Retry later.</source>
        <translation>服务出错（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be understood. Check that the endpoint is the Certificate Manager service.</source>
        <translation>无法解析服务的响应。请检查终端节点是否为证书管理服务。</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached: check the address, the network and the proxy settings.</source>
        <translation>无法访问终端节点：请检查地址、网络和代理设置。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted or does not match. For a private cloud, give its CA certificate file.</source>
        <translation>安全连接失败：服务器证书不受信任或与服务器不匹配。如果是私有云，请提供其 CA 证书文件。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Check the network and retry.</source>
        <translation>服务未及时响应。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The account id could not be found with this access key (it needs IAM read permission). Enter the account id.</source>
        <translation>无法通过此访问密钥查到账号 ID（需要 IAM 读取权限）。请输入账号 ID。</translation>
    </message>
    <message>
        <source>The service&apos;s answer to the import was lost, and looking the certificate up did not tell whether it arrived. Import again when the service answers: a copy that arrived is found then and reported, nothing is sent twice.</source>
        <translation>导入请求的响应丢失，查询证书也无法确定它是否已到达。请在服务恢复响应后再次导入：届时会找到已到达的证书并报告，不会重复发送。</translation>
    </message>
    <message>
        <source>The service could not push the certificate to the cloud service. Retry later; if it keeps failing, check that the service is enabled in that region.</source>
        <translation>服务未能将证书推送到云服务。请稍后重试；如果一直失败，请检查该服务在对应区域是否已开通。</translation>
    </message>
    <message>
        <source>This certificate cannot be pushed to that cloud service (for example, the service does not take its key type or it is not an uploaded certificate). Choose another service, or deploy it there by hand.</source>
        <translation>该证书不能推送到这个云服务（例如该服务不支持其密钥类型，或它不是上传的证书）。请选择其他服务，或在该服务中手动部署。</translation>
    </message>
</context>
<context>
    <name>ccm::cloud::Endpoints</name>
    <message>
        <source>Chinese mainland (Beijing 4)</source>
        <translation>中国大陆（华北-北京四）</translation>
    </message>
    <message>
        <source>International (Hong Kong)</source>
        <translation>国际（中国-香港）</translation>
    </message>
    <message>
        <source>Kuala Lumpur</source>
        <translation>吉隆坡</translation>
    </message>
    <message>
        <source>Europe (Dublin)</source>
        <translation>欧洲（都柏林）</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>终端节点“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must not have a query or fragment.</source>
        <translation>终端节点“%1”不能包含查询参数或片段。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; must use https:// (plain http is only allowed for 127.0.0.1 and ::1).</source>
        <translation>终端节点“%1”必须使用 https://（只有 127.0.0.1 和 ::1 允许使用明文 http）。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;; give an endpoint URL instead.</source>
        <translation>未知区域“%1”；请改为提供终端节点 URL。</translation>
    </message>
    <message>
        <source>No endpoint: give a region or an endpoint URL.</source>
        <translation>没有终端节点：请提供区域或终端节点 URL。</translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1. Give a PEM file with the certificate of the CA that issued the endpoint&apos;s certificate.</source>
        <translation>无法从 %1 读取任何 CA 证书。请提供包含为该终端节点签发证书的 CA 证书的 PEM 文件。</translation>
    </message>
</context>
<context>
    <name>ccm::cloud::ScmClient</name>
    <message numerus="yes">
        <source>The service asked to wait %n second(s) before the next request.</source>
        <translation>
            <numerusform>服务要求在下一次请求前等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service is throttling requests; trying again in %n second(s)…</source>
        <translation>
            <numerusform>服务正在限流；%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The endpoint cannot be reached; trying again in %n second(s)…</source>
        <translation>
            <numerusform>无法连接到端点；%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost; checking whether &quot;%1&quot; arrived…</source>
        <translation>响应已丢失；正在检查“%1”是否已到达…</translation>
    </message>
    <message>
        <source>It did not arrive; sending &quot;%1&quot; again…</source>
        <translation>证书未到达；正在重新发送“%1”…</translation>
    </message>
    <message>
        <source>The certificate list was not requested: the query is outside what the API accepts.</source>
        <translation>未请求证书列表：查询条件超出了 API 接受的范围。</translation>
    </message>
    <message>
        <source>Choose the service to push to: CDN, WAF or ELB.</source>
        <translation>请选择要推送到的服务：CDN、WAF 或 ELB。</translation>
    </message>
    <message>
        <source>Choose at least one region to push to.</source>
        <translation>请至少选择一个要推送到的区域。</translation>
    </message>
    <message>
        <source>Pushing certificates to cloud services is only available in cn-north-4 (Chinese mainland) and ap-southeast-1 (International); this account&apos;s endpoint is in %1. Push from a profile for one of those regions, or deploy the certificate in the service&apos;s own console.</source>
        <translation>只有 cn-north-4（中国大陆）和 ap-southeast-1（国际站）支持将证书推送到云服务；此账号的端点在 %1。请使用这两个区域之一的配置文件推送，或在该服务自己的控制台中部署证书。</translation>
    </message>
</context>
<context>
    <name>ccm::gui</name>
    <message>
        <source>CCM Importer cannot go on: its window module %1 could not be loaded (%2). Reinstall the ccm-importer package.</source>
        <translation>CCM 证书导入工具无法继续：无法加载其窗口模块 %1（%2）。请重新安装 ccm-importer 软件包。</translation>
    </message>
    <message>
        <source>CCM Importer</source>
        <translation>CCM 证书导入工具</translation>
    </message>
    <message>
        <source>it is version %1, the program %2</source>
        <translation>模块版本为 %1，程序版本为 %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
</context>
<context>
    <name>ccm::history::ImportHistory</name>
    <message>
        <source>The import history %1 cannot be used. Check that its folder is writable and the disk is not full.</source>
        <translation>无法使用导入历史 %1。请检查其所在文件夹是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (install libqt6sql6-sqlite); the import history is off.</source>
        <translation>缺少 Qt 的 SQLite 驱动（请安装 libqt6sql6-sqlite）；导入历史已关闭。</translation>
    </message>
    <message>
        <source>The import history %1 was written by a newer version of CCM Importer (schema %2). Update the application to use it.</source>
        <translation>导入历史 %1 由更新版本的 CCM 证书导入工具写入（架构版本 %2）。请升级应用程序后再使用。</translation>
    </message>
</context>
<context>
    <name>ccm::profiles::ConnectionTester</name>
    <message>
        <source>Testing the connection needs the cloud client, which this build does not include yet.</source>
        <translation>测试连接需要云客户端，而当前版本尚未包含该功能。</translation>
    </message>
</context>
<context>
    <name>ccm::profiles::KeychainSecretStore</name>
    <message>
        <source>No credential store is available, so the secret cannot be saved. Nothing was written to disk. Start the system&apos;s keyring (e.g. GNOME Keyring or KWallet) and try again, or use the profile for this session only.</source>
        <translation>没有可用的凭据存储，因此无法保存密钥。未向磁盘写入任何内容。请启动系统密钥环（例如 GNOME Keyring 或 KWallet）后重试，或仅在本次会话中使用该配置。</translation>
    </message>
    <message>
        <source>The secret cannot be read from the system&apos;s credential store. Start the keyring and unlock it, or enter the secret for this session.</source>
        <translation>无法从系统凭据存储读取密钥。请启动并解锁密钥环，或为本次会话输入密钥。</translation>
    </message>
    <message>
        <source>Access to the secret was denied by the credential store.</source>
        <translation>凭据存储拒绝访问该密钥。</translation>
    </message>
    <message>
        <source>The secret is too large for the system&apos;s credential store (%1 bytes, at most %2).</source>
        <translation>密钥太大，系统凭据存储无法保存（%1 字节，最多 %2 字节）。</translation>
    </message>
    <message>
        <source>The secret could not be removed from the system&apos;s credential store. Remove the entry &quot;%1&quot; by hand (e.g. with Seahorse) or try again.</source>
        <translation>无法从系统凭据存储中删除密钥。请手动删除条目“%1”（例如使用 Seahorse），或重试。</translation>
    </message>
</context>
<context>
    <name>ccm::profiles::Profile</name>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>IAM user password</source>
        <translation>IAM 用户密码</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>A profile name has at most 64 printable characters.</source>
        <translation>配置名称最多 64 个可打印字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id. Choose a region such as cn-north-4, or enter a custom SCM endpoint URL.</source>
        <translation>“%1”不是区域 ID。请选择区域（如 cn-north-4），或输入自定义 SCM 终端节点 URL。</translation>
    </message>
    <message>
        <source>The SCM endpoint must be an http:// or https:// URL with a host name.</source>
        <translation>SCM 终端节点必须是带主机名的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>The IAM endpoint must be an http:// or https:// URL with a host name.</source>
        <translation>IAM 终端节点必须是带主机名的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Give the CA file as an absolute path.</source>
        <translation>请以绝对路径指定 CA 文件。</translation>
    </message>
    <message>
        <source>Enter the access key id (AK): 8 to 128 letters and digits.</source>
        <translation>请输入访问密钥 ID（AK）：8 到 128 个字母和数字。</translation>
    </message>
    <message>
        <source>Enter the account name the IAM user belongs to.</source>
        <translation>请输入 IAM 用户所属的账号名。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>A project-scoped token needs the project name, e.g. cn-north-4.</source>
        <translation>项目级 Token 需要项目名称，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>The account id is up to 64 letters, digits, - and _.</source>
        <translation>账号 ID 最多 64 个字母、数字、- 和 _。</translation>
    </message>
    <message>
        <source>The enterprise project id is &quot;0&quot; (default), &quot;all&quot; or a UUID.</source>
        <translation>企业项目 ID 为“0”（默认）、“all”或 UUID。</translation>
    </message>
    <message>
        <source>The profile contains a secret (&quot;%1&quot;). Profiles are exchanged without secrets: remove the field and enter the secret after importing.</source>
        <translation>该配置包含密钥（“%1”）。交换配置时不应包含密钥：请删除该字段，导入后再输入密钥。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a string.</source>
        <translation>字段“%1”必须是字符串。</translation>
    </message>
    <message>
        <source>Unknown authentication kind &quot;%1&quot; (use aksk, temporary-aksk, password or token).</source>
        <translation>未知的认证方式“%1”（请使用 aksk、temporary-aksk、password 或 token）。</translation>
    </message>
    <message>
        <source>Unknown token scope &quot;%1&quot; (use domain or project).</source>
        <translation>未知的 Token 范围“%1”（请使用 domain 或 project）。</translation>
    </message>
    <message>
        <source>Give the trusted root CA file as an absolute path.</source>
        <translation>请以绝对路径指定受信任的根 CA 文件。</translation>
    </message>
</context>
<context>
    <name>ccm::profiles::ProfileStore</name>
    <message>
        <source>Cannot write the profile settings %1. Check that the folder is writable.</source>
        <translation>无法写入配置设置 %1。请检查文件夹是否可写。</translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be read. Fix or move the file; it was left unchanged.</source>
        <translation>无法读取配置设置 %1。请修复或移走该文件；文件未被修改。</translation>
    </message>
    <message>
        <source>The profile settings %1 were written by a newer version of CCM Importer (schema %2, this version knows %3). They are shown read-only; update the application to change them.</source>
        <translation>配置设置 %1 由更新版本的 CCM 证书导入工具写入（架构版本 %2，本版本支持 %3）。它们以只读方式显示；请升级应用程序后再修改。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; had a secret stored in plain text in the old settings file. It was removed; enter it again to keep it in the system&apos;s credential store.</source>
        <translation>配置“%1”在旧设置文件中以明文保存了密钥。该密钥已被删除；请重新输入，以便保存在系统凭据存储中。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>名为“%1”的配置已存在。请换一个名称。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is built in and cannot be changed. Duplicate it to make your own.</source>
        <translation>配置“%1”是内置配置，无法修改。请复制一份后再修改。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>This is not a profile export file: the JSON cannot be read (%1 at offset %2).</source>
        <translation>这不是配置导出文件：无法读取 JSON（位置 %2 处：%1）。</translation>
    </message>
    <message>
        <source>This is not a profile export file of CCM Importer (&quot;format&quot; must be &quot;%1&quot; and &quot;profiles&quot; a list).</source>
        <translation>这不是 CCM 证书导入工具的配置导出文件（“format”必须为“%1”，“profiles”必须是列表）。</translation>
    </message>
    <message>
        <source>The export file was written by a newer version of CCM Importer; update to import it.</source>
        <translation>该导出文件由更新版本的 CCM 证书导入工具写入；请升级后再导入。</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>配置“%1”</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: a profile with this name already exists. Rename or remove it first.</source>
        <translation>%1：同名配置已存在。请先重命名或删除它。</translation>
    </message>
    <message>
        <source>SCM endpoint: %1</source>
        <translation>SCM 端点：%1</translation>
    </message>
    <message>
        <source>IAM endpoint: %1</source>
        <translation>IAM 端点：%1</translation>
    </message>
    <message>
        <source>Extra trusted CA file: %1</source>
        <translation>额外信任的 CA 文件：%1</translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be read. They were left unchanged; fix or move the file to save profiles.</source>
        <translation>无法读取配置文件 %1。文件未被修改；请修复或移走该文件后再保存配置。</translation>
    </message>
    <message>
        <source>The profile settings %1 have no schema version and are not in a layout this version knows. They were left unchanged; fix or move the file to save profiles.</source>
        <translation>配置文件 %1 没有架构版本，且格式不是本版本所知的格式。文件未被修改；请修复或移走该文件后再保存配置。</translation>
    </message>
    <message>
        <source>The profile settings %1 are in an old layout with entries this version cannot read. They were left unchanged; fix or move the file to save profiles.</source>
        <translation>配置文件 %1 为旧格式，其中有本版本无法读取的条目。文件未被修改；请修复或移走该文件后再保存配置。</translation>
    </message>
    <message>
        <source>The profile settings %1 need to be converted to the current format, but no backup copy could be written next to them. They were left unchanged; check that the folder is writable and the disk is not full.</source>
        <translation>配置文件 %1 需要转换为当前格式，但无法在其旁边写入备份副本。文件未被修改；请检查文件夹是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>The profile settings %1 are being changed by another program (the window or ccmctl) and stay locked. Try again; if no other program runs, remove %1.update.lock.</source>
        <translation>配置文件 %1 正被另一个程序（窗口或 ccmctl）修改，仍处于锁定状态。请重试；如果没有其他程序在运行，请删除 %1.update.lock。</translation>
    </message>
</context>
<context>
    <name>ccm::profiles::ResolvedProfile</name>
    <message>
        <source>No %1 is stored for the profile &quot;%2&quot;. Enter it in the profile, or give it for this run only (ccmctl: --secret-stdin).</source>
        <translation>配置“%2”未保存%1。请在配置中输入，或仅为本次运行提供（ccmctl：--secret-stdin）。</translation>
    </message>
    <message>
        <source>The CA file %1 of the profile &quot;%2&quot; cannot be read.</source>
        <translation>无法读取配置“%2”的 CA 文件 %1。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. `ccmctl profile list` shows the profiles.</source>
        <translation>没有名为“%1”的配置。`ccmctl profile list` 可列出所有配置。</translation>
    </message>
</context>
<context>
    <name>ccm::profiles::SecretStore</name>
    <message>
        <source>No %1 is stored for this profile. Enter it again.</source>
        <translation>此配置未保存%1。请重新输入。</translation>
    </message>
</context>
<context>
    <name>ccm::sandbox::CertificateRecord</name>
    <message>
        <source>A certificate entry of the sandbox state file is incomplete or damaged.</source>
        <translation>沙箱状态文件中的某个证书条目不完整或已损坏。</translation>
    </message>
    <message>
        <source>The sandbox state file %1 cannot be read: %2</source>
        <translation>无法读取沙箱状态文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox state file (version %2). Remove it or choose another file.</source>
        <translation>%1 不是沙箱状态文件（版本 %2）。请删除它或选择其他文件。</translation>
    </message>
    <message>
        <source>The sandbox state file %1 cannot be written: %2</source>
        <translation>无法写入沙箱状态文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ccm::sandbox::HttpServer</name>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3</source>
        <translation>沙箱无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>ccm::sandbox::TlsIdentity</name>
    <message>
        <source>The sandbox could not make its TLS certificate (%1).</source>
        <translation>沙箱无法生成其 TLS 证书（%1）。</translation>
    </message>
</context>
<context>
    <name>ccm::ui::CertificateDetailsView</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>电子邮件：%1</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI：%1</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>备用名称</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>增强型密钥用法</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构（CA）</translation>
    </message>
    <message>
        <source>Not a certificate authority</source>
        <translation>非证书颁发机构</translation>
    </message>
    <message>
        <source>Certificate authority, path length %1</source>
        <translation>证书颁发机构（CA），路径长度 %1</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>基本约束</translation>
    </message>
    <message>
        <source>Subject key ID</source>
        <translation>使用者密钥标识符</translation>
    </message>
    <message>
        <source>Authority key ID</source>
        <translation>颁发机构密钥标识符</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>CA issuers</source>
        <translation>CA 颁发者</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Copy SHA-1 fingerprint</source>
        <translation>复制 SHA-1 指纹</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Copy SHA-256 fingerprint</source>
        <translation>复制 SHA-256 指纹</translation>
    </message>
    <message>
        <source>(expired; days since: %1)</source>
        <translation>（已过期 %1 天）</translation>
    </message>
    <message>
        <source>(days left: %1)</source>
        <translation>（剩余 %1 天）</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>证书详情</translation>
    </message>
</context>
<context>
    <name>ccm::ui::CertificateListModel</name>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Expires within 60 days</source>
        <translation>60 天内到期</translation>
    </message>
    <message>
        <source>More than 60 days left</source>
        <translation>剩余超过 60 天</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>到期时间未知</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Main domain</source>
        <translation>主域名</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他域名</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
</context>
<context>
    <name>ccm::ui::CertificatesWindow</name>
    <message>
        <source>Certificates of &quot;%1&quot;</source>
        <translation>“%1”的证书</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Name, domain or id; Enter searches the account</source>
        <translation>名称、域名或 ID；按 Enter 在账号中搜索</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>全部证书</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Expiring within 60 days</source>
        <translation>60 天内到期</translation>
    </message>
    <message>
        <source>More than 60 days left</source>
        <translation>剩余超过 60 天</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation>取消刷新</translation>
    </message>
    <message>
        <source>Refreshing the list</source>
        <translation>正在刷新列表</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Details of the selected certificate</source>
        <translation>所选证书的详情</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>推送(&amp;P)…</translation>
    </message>
    <message>
        <source>Push the selected certificate to CDN, WAF or ELB</source>
        <translation>将所选证书推送到 CDN、WAF 或 ELB</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <source>Find: go to the filter</source>
        <translation>查找：转到筛选框</translation>
    </message>
    <message>
        <source>Copy the id of the selected certificate</source>
        <translation>复制所选证书的 ID</translation>
    </message>
    <message>
        <source>Push the selected certificate</source>
        <translation>推送所选证书</translation>
    </message>
    <message>
        <source>Delete the selected certificate</source>
        <translation>删除所选证书</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>No list yet.</source>
        <translation>尚无列表。</translation>
    </message>
    <message>
        <source>The account has %1 certificates matching; only %2 could be listed (the service&apos;s paging reaches 300). Type a name or domain and press Enter to search the account.</source>
        <translation>账号中有 %1 个匹配的证书，只能列出 %2 个（服务的分页最多到 300 个）。输入名称或域名并按 Enter，在账号中搜索。</translation>
    </message>
    <message>
        <source>Saved list as of %1</source>
        <translation>已保存的列表（%1）</translation>
    </message>
    <message>
        <source>Search for &quot;%1&quot;, %2</source>
        <translation>搜索“%1”，%2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1更新</translation>
    </message>
    <message>
        <source>The refresh was cancelled; the list shown is older.</source>
        <translation>刷新已取消；显示的是较早的列表。</translation>
    </message>
    <message>
        <source>The list could not be fetched: %1</source>
        <translation>无法获取列表：%1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Validity (months)</source>
        <translation>有效期（月）</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 指纹</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>域名类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Pushed &quot;%1&quot; to %2 (request %3).</source>
        <translation>已将“%1”推送到 %2（请求 %3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not pushed to %2: %3</source>
        <translation>“%1”未推送到 %2：%3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Delete the certificate &quot;%1&quot; (%2) from the account?

Domains: %3
Expires: %4 (%5)

This cannot be undone.</source>
        <translation>从账号中删除证书“%1”（%2）？

域名：%3
到期时间：%4（%5）

此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>删除证书</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not expired: it is valid until %2. Services that use it (CDN, WAF, ELB) may stop serving HTTPS when it is gone.

Delete it anyway?</source>
        <translation>“%1”尚未过期：有效期至 %2。删除后，使用它的服务（CDN、WAF、ELB）可能无法再提供 HTTPS。

仍要删除吗？</translation>
    </message>
    <message>
        <source>Delete a valid certificate</source>
        <translation>删除有效的证书</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (%2; request %3).</source>
        <translation>已删除“%1”（%2；请求 %3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>“%1”未删除：%2</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>选择一个证书以查看其详情。</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>上一个操作的结果</translation>
    </message>
</context>
<context>
    <name>ccm::ui::FindingsView</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>ccm::ui::HelpDialog</name>
    <message>
        <source>CCM Importer help</source>
        <translation>CCM 证书导入工具帮助</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>帮助文本</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Importing a certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <source>Add the certificate, its chain and the private key: File &gt; Add files, drop them onto the window, or paste PEM text. Any order and any mix of PEM, DER, PKCS#7 and PKCS#12 works. An encrypted key or PFX asks for its passphrase, which is used in memory only.</source>
        <translation>添加证书、证书链和私钥：使用“文件 &gt; 添加文件”，把文件拖放到窗口上，或粘贴 PEM 文本。PEM、DER、PKCS#7 和 PKCS#12 可以任意顺序、任意组合。加密的私钥或 PFX 会询问口令，口令只在内存中使用。</translation>
    </message>
    <message>
        <source>Read the preview before anything is sent: the banner says whether the certificate is ready, the tabs show the certificate, the chain as it will be sent, the private key and the SM2 encryption pair, and the findings say what is wrong and what to do.</source>
        <translation>发送之前先查看预览：横幅说明证书是否已就绪，各标签页显示证书、将发送的证书链、私钥和 SM2 加密证书对，检查结果说明哪里有问题以及如何处理。</translation>
    </message>
    <message>
        <source>Choose the profile (the account to import into; &quot;Local sandbox&quot; works without a cloud account) and press Import. The banner shows the certificate id, or that the certificate already is in the account.</source>
        <translation>选择配置（要导入的账号；“本地沙箱”无需云账号），然后点击“导入”。横幅会显示证书 ID，或说明该证书已在账号中。</translation>
    </message>
    <message>
        <source>Account &gt; Profiles manages the accounts; Account &gt; Import history lists every import from this computer.</source>
        <translation>“账号 &gt; 配置”用于管理账号；“账号 &gt; 导入历史”列出从本机进行的每次导入。</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 括号中的字母</translation>
    </message>
    <message>
        <source>Go to that field or press that button</source>
        <translation>转到该输入框或按下该按钮</translation>
    </message>
    <message>
        <source>Account &gt; Certificates lists the account&apos;s certificates, soonest expiry first, with the days left in colour and with an icon. It opens with the last list seen and refreshes in the background. Select one to see its details, copy its id, push it to CDN, WAF or ELB, or delete it. After an import that renews older certificates, the window offers to push the new one where they were pushed.</source>
        <translation>“账号 &gt; 证书”列出账号中的证书，最先到期的在前，剩余天数以颜色和图标标示。窗口打开时先显示上次看到的列表，并在后台刷新。选中一个证书可查看详情、复制 ID、推送到 CDN、WAF 或 ELB，或删除它。导入的证书为旧证书续期后，主窗口会提议把新证书推送到旧证书推送过的地方。</translation>
    </message>
</context>
<context>
    <name>ccm::ui::HistoryDialog</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>（请求 %1）</translation>
    </message>
    <message>
        <source>Nothing has been imported from this computer yet.</source>
        <translation>尚未从本机导入任何证书。</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>记录：%1 条</translation>
    </message>
    <message>
        <source>Select an entry with a certificate ID first.</source>
        <translation>请先选择一条带有证书 ID 的记录。</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <source>Pushed to %1</source>
        <translation>已推送到 %1</translation>
    </message>
    <message>
        <source>Push failed (%1)</source>
        <translation>推送失败（%1）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>&amp;Copy certificate ID</source>
        <translation>复制证书 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Imports, pushes and deletes made from this computer, newest first. Only public facts are kept here: never a private key or a secret.</source>
        <translation>在本机进行的导入、推送和删除，最新的在前。这里只保存公开信息：绝不保存私钥或密钥。</translation>
    </message>
</context>
<context>
    <name>ccm::ui::InputSummarizer</name>
    <message>
        <source>key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>1 certificate + key</source>
        <translation>1 个证书 + 私钥</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 个证书</translation>
    </message>
    <message>
        <source>%1 certificates + key</source>
        <translation>%1 个证书 + 私钥</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 个证书</translation>
    </message>
    <message>
        <source>certificate: %1 (leaf)</source>
        <translation>证书：%1（叶证书）</translation>
    </message>
    <message>
        <source>intermediate: %1</source>
        <translation>中间证书：%1</translation>
    </message>
    <message>
        <source>root: %1 (left out)</source>
        <translation>根证书：%1（不发送）</translation>
    </message>
    <message>
        <source>certificate: %1 (not part of this chain, left out)</source>
        <translation>证书：%1（不属于此证书链，不发送）</translation>
    </message>
    <message>
        <source>SM2 encryption certificate: %1</source>
        <translation>SM2 加密证书：%1</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <source>    subject: %1</source>
        <translation>    使用者：%1</translation>
    </message>
    <message>
        <source>    issuer: %1</source>
        <translation>    颁发者：%1</translation>
    </message>
    <message>
        <source>%1 private key (encrypted)</source>
        <translation>%1 私钥（已加密）</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>%1 私钥</translation>
    </message>
    <message>
        <source>no certificate or key found</source>
        <translation>未找到证书或私钥</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>ccm::ui::MainWindow</name>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p7b *.p7c *.pfx *.p12)</source>
        <translation>证书和私钥 (*.pem *.crt *.cer *.der *.key *.p7b *.p7c *.pfx *.p12)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>No SM2 encryption certificate. Turn on &quot;SM2 encryption pair&quot; to add one.</source>
        <translation>没有 SM2 加密证书。勾选“SM2 加密证书对”即可添加。</translation>
    </message>
    <message>
        <source>Text pasted into the window; shown in findings as &quot;%1&quot;.</source>
        <translation>粘贴到窗口中的文本；在检查结果中显示为“%1”。</translation>
    </message>
    <message>
        <source>Add certificate, chain or key files</source>
        <translation>添加证书、证书链或私钥文件</translation>
    </message>
    <message>
        <source>Choose the SM2 encryption certificate</source>
        <translation>选择 SM2 加密证书</translation>
    </message>
    <message>
        <source>Choose the SM2 encryption key</source>
        <translation>选择 SM2 加密私钥</translation>
    </message>
    <message>
        <source>Generated from the certificate</source>
        <translation>根据证书自动生成</translation>
    </message>
    <message>
        <source>Add the certificate, its chain and the private key: as files, by dropping them onto this window, or as pasted text.</source>
        <translation>请添加证书、证书链和私钥：可以选择文件、把文件拖放到此窗口，或粘贴文本。</translation>
    </message>
    <message>
        <source>No certificate yet.</source>
        <translation>尚无证书。</translation>
    </message>
    <message>
        <source>No private key yet.</source>
        <translation>尚无私钥。</translation>
    </message>
    <message>
        <source>No certificate found in the inputs.</source>
        <translation>输入中未找到证书。</translation>
    </message>
    <message>
        <source>No SM2 encryption certificate found in the chosen files.</source>
        <translation>所选文件中未找到 SM2 加密证书。</translation>
    </message>
    <message>
        <source>Ready to import as &quot;%1&quot;</source>
        <translation>可以导入，名称为“%1”</translation>
    </message>
    <message>
        <source>Chain as sent (the certificate&apos;s issuer first):</source>
        <translation>将发送的证书链（证书的颁发者在前）：</translation>
    </message>
    <message>
        <source>Chain as sent: nothing yet.</source>
        <translation>将发送的证书链：暂无。</translation>
    </message>
    <message>
        <source>Chain as sent: empty, no intermediate certificate was given.</source>
        <translation>将发送的证书链：为空，未提供中间证书。</translation>
    </message>
    <message>
        <source>Chain as sent (reordered: the certificate&apos;s issuer first):</source>
        <translation>将发送的证书链（已重新排序：证书的颁发者在前）：</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <source>Not part of this chain</source>
        <translation>不属于此证书链</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>未包含：</translation>
    </message>
    <message>
        <source>Left out: nothing.</source>
        <translation>未包含：无。</translation>
    </message>
    <message>
        <source>Chain (%1)</source>
        <translation>证书链（%1）</translation>
    </message>
    <message>
        <source>No private key found. Add the key file, or paste the key.</source>
        <translation>未找到私钥。请添加私钥文件或粘贴私钥。</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message>
        <source>It was encrypted and has been decrypted in memory only.</source>
        <translation>私钥原本是加密的，已仅在内存中解密。</translation>
    </message>
    <message>
        <source>It matches the certificate.</source>
        <translation>私钥与证书匹配。</translation>
    </message>
    <message>
        <source>It does NOT match the certificate.</source>
        <translation>私钥与证书不匹配。</translation>
    </message>
    <message>
        <source>It is sent as unencrypted PKCS#8 over HTTPS, as the service requires.</source>
        <translation>按服务要求，私钥将以未加密的 PKCS#8 格式通过 HTTPS 发送。</translation>
    </message>
    <message>
        <source>SM2 encryption key: %1</source>
        <translation>SM2 加密私钥：%1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>检查结果（%1）</translation>
    </message>
    <message>
        <source>About CCM Importer</source>
        <translation>关于 CCM 证书导入工具</translation>
    </message>
    <message>
        <source>CCM Importer %1
Imports TLS certificates into Huawei Cloud Certificate Manager.

Certificates are checked on this computer before anything is sent.</source>
        <translation>CCM 证书导入工具 %1
将 TLS 证书导入华为云证书管理服务。

在发送任何内容之前，证书都会先在本机完成检查。</translation>
    </message>
    <message>
        <source>Files added: %1</source>
        <translation>已添加文件：%1 个</translation>
    </message>
    <message>
        <source>Pasted text %1 (lines: %2)</source>
        <translation>粘贴的文本 %1（%2 行）</translation>
    </message>
    <message>
        <source>Problems to fix before import: %1</source>
        <translation>导入前需修正的问题：%1 个</translation>
    </message>
    <message>
        <source>Inputs inspected: %1</source>
        <translation>已检查输入：%1 个</translation>
    </message>
    <message>
        <source>Duplicate copies removed: %1</source>
        <translation>已去掉的重复副本：%1 个</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <source>Imported before: %1 into &quot;%2&quot; as %3.</source>
        <translation>之前已导入：%1 导入“%2”，证书 ID 为 %3。</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?

If the request has already reached the service, the certificate may be imported anyway; importing again later finds that copy instead of adding another.</source>
        <translation>导入仍在进行。要停止导入并退出吗？

如果请求已经到达服务，证书可能仍会被导入；之后再次导入时会找到该副本，而不会再添加一份。</translation>
    </message>
    <message>
        <source>Status of the inputs and of the last import</source>
        <translation>输入和上次导入的状态</translation>
    </message>
    <message>
        <source>Shown while the inputs are inspected or an import runs</source>
        <translation>在检查输入或导入进行时显示</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>证书详情</translation>
    </message>
    <message>
        <source>SM2 encryption certificate details</source>
        <translation>SM2 加密证书详情</translation>
    </message>
    <message>
        <source>Problems, warnings and notes about the inputs</source>
        <translation>关于输入的问题、警告和提示</translation>
    </message>
    <message>
        <source>Intermediate certificates in the order they are sent</source>
        <translation>按发送顺序排列的中间证书</translation>
    </message>
    <message>
        <source>Certificates that are not sent, and why</source>
        <translation>不发送的证书及原因</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Each row says what the file or pasted text holds. Delete removes the selected rows, Paste adds text from the clipboard.</source>
        <translation>每一行说明文件或粘贴文本中包含的内容。按 Delete 移除选中的行，按粘贴键添加剪贴板中的文本。</translation>
    </message>
    <message>
        <source>Sends the certificate to the chosen profile (Ctrl+Return)</source>
        <translation>将证书发送到所选配置（Ctrl+Return）</translation>
    </message>
    <message>
        <source>The clipboard holds no text or files.</source>
        <translation>剪贴板中没有文本或文件。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Carrying out the renewal…</source>
        <translation>正在执行续期操作…</translation>
    </message>
    <message>
        <source>Renewal finished.</source>
        <translation>续期操作已完成。</translation>
    </message>
    <message>
        <source>Renewal finished with problems.</source>
        <translation>续期操作已完成，但有问题。</translation>
    </message>
    <message>
        <source>Chain as sent</source>
        <translation>将发送的证书链</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未包含</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ccm::ui::PassphraseDialog</name>
    <message>
        <source>PKCS#12 passphrase</source>
        <translation>PKCS#12 口令</translation>
    </message>
    <message>
        <source>Private key passphrase</source>
        <translation>私钥口令</translation>
    </message>
    <message>
        <source>The PKCS#12 file &lt;b&gt;%1&lt;/b&gt; is protected by a passphrase. Enter it to read the certificate and key.</source>
        <translation>PKCS#12 文件 &lt;b&gt;%1&lt;/b&gt; 受口令保护。请输入口令以读取证书和私钥。</translation>
    </message>
    <message>
        <source>The private key in &lt;b&gt;%1&lt;/b&gt; is encrypted. Enter its passphrase to decrypt it in memory.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 中的私钥已加密。请输入口令，以便在内存中解密。</translation>
    </message>
    <message>
        <source>That passphrase was wrong. Attempt %1 of %2.</source>
        <translation>口令错误。第 %1 次尝试，共 %2 次。</translation>
    </message>
</context>
<context>
    <name>ccm::ui::PasteTextDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ccm::ui::ProfilesDialog</name>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>Temporary access key + security token</source>
        <translation>临时访问密钥 + 安全令牌</translation>
    </message>
    <message>
        <source>IAM user name and password</source>
        <translation>IAM 用户名和密码</translation>
    </message>
    <message>
        <source>X-Auth-Token (pasted)</source>
        <translation>X-Auth-Token（粘贴）</translation>
    </message>
    <message>
        <source>Account (domain)</source>
        <translation>账号（domain）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>empty: the region&apos;s endpoint</source>
        <translation>留空：使用该区域的终端节点</translation>
    </message>
    <message>
        <source>optional, PEM; for private clouds</source>
        <translation>可选，PEM 格式；用于私有云</translation>
    </message>
    <message>
        <source>found by Test connection when empty</source>
        <translation>留空时由“测试连接”自动获取</translation>
    </message>
    <message>
        <source>empty: the service default</source>
        <translation>留空：使用服务默认值</translation>
    </message>
    <message>
        <source>stored securely; type to replace</source>
        <translation>已安全保存；输入新值即可替换</translation>
    </message>
    <message>
        <source>The built-in local sandbox: it emulates the certificate service on this computer, so imports can be tried without a cloud account. It cannot be edited.</source>
        <translation>内置的本地沙箱：它在本机模拟证书服务，无需云账号即可试用导入。不可编辑。</translation>
    </message>
    <message>
        <source>Taken from the environment variables (HUAWEICLOUD_SDK_* or CLOUD_SDK_*); never saved. Use Duplicate to keep it as a saved profile.</source>
        <translation>取自环境变量（HUAWEICLOUD_SDK_* 或 CLOUD_SDK_*）；不会保存。使用“复制”可将其保存为配置。</translation>
    </message>
    <message>
        <source>New profile: fill in the account and press Save. Secrets go to the system credential store.</source>
        <translation>新配置：填写账号信息后点击“保存”。密钥将保存到系统凭据存储中。</translation>
    </message>
    <message>
        <source>Saved profile. Secrets are kept in the system credential store, never in files.</source>
        <translation>已保存的配置。密钥保存在系统凭据存储中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Its secret is kept for this session only and is forgotten on exit.</source>
        <translation>其密钥仅在本次会话中保留，退出时即被清除。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>配置“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saving the secret in the system credential store…</source>
        <translation>正在将密钥保存到系统凭据存储…</translation>
    </message>
    <message>
        <source>Saved. The secret is in the system credential store.</source>
        <translation>已保存。密钥已存入系统凭据存储。</translation>
    </message>
    <message>
        <source>No credential store</source>
        <translation>没有凭据存储</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1

The profile was saved without it. Use the secret for this session only? It is kept in memory and forgotten when the application quits; nothing is written to disk.</source>
        <translation>无法保存密钥：%1

配置已保存，但不含密钥。是否仅在本次会话中使用该密钥？它只保存在内存中，应用程序退出时即被清除；不会向磁盘写入任何内容。</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only.</source>
        <translation>已保存。密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The profile was saved, but not its secret: %1</source>
        <translation>配置已保存，但其密钥未保存：%1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets from the credential store?</source>
        <translation>要删除配置“%1”，并从凭据存储中删除其密钥吗？</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be removed from the credential store: %2
Delete the profile anyway? The secrets may stay in the credential store.</source>
        <translation>无法从凭据存储中删除“%1”的密钥：%2
仍要删除该配置吗？这些密钥可能会留在凭据存储中。</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;.</source>
        <translation>已复制为“%1”。</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;, without its secret: %2</source>
        <translation>已复制为“%1”，但不含密钥：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation>“%1”现在是默认配置。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms. Account ID: %3.</source>
        <translation>已连接到 %1，耗时 %2 毫秒。账号 ID：%3。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in the account.</source>
        <translation>
            <numerusform>账号中有 %n 个证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Profiles exported to %1 (without secrets).</source>
        <translation>配置已导出到 %1（不含密钥）。</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported. Enter their secrets and save.</source>
        <translation>
            <numerusform>已导入 %n 个配置。请输入它们的密钥并保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>额外 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>built in (the sandbox&apos;s demo key)</source>
        <translation>内置（沙箱的演示密钥）</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>来自环境变量</translation>
    </message>
    <message>
        <source>Trusted r&amp;oot CA:</source>
        <translation>受信任的根 CA(&amp;O)：</translation>
    </message>
    <message>
        <source>Trusted root CA file</source>
        <translation>受信任的根 CA 文件</translation>
    </message>
    <message>
        <source>optional: your private root CA, so its chains check clean</source>
        <translation>可选：您的私有根 CA，使其证书链检查通过</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the trusted root CA file</source>
        <translation>选择受信任的根 CA 文件</translation>
    </message>
    <message>
        <source>Trusted root CA</source>
        <translation>受信任的根 CA</translation>
    </message>
    <message>
        <source>These profiles send requests, and so your private keys, somewhere other than the service&apos;s regional endpoints. Import them only if you trust these addresses.</source>
        <translation>以下配置会把请求（也就是您的私钥）发送到服务的区域端点以外的地址。只有信任这些地址时才导入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ccm::ui::PushDialog</name>
    <message>
        <source>Push to cloud services</source>
        <translation>推送到云服务</translation>
    </message>
    <message>
        <source>Push &quot;%1&quot; to a cloud service, in one or more regions. The service then offers the certificate for its own resources (domains, listeners, protected sites).</source>
        <translation>将“%1”推送到一个云服务的一个或多个区域。之后该服务可将此证书用于它自己的资源（域名、监听器、防护网站）。</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>CDN (Content Delivery Network)</source>
        <translation>CDN（内容分发网络）</translation>
    </message>
    <message>
        <source>WAF (Web Application Firewall)</source>
        <translation>WAF（Web 应用防火墙）</translation>
    </message>
    <message>
        <source>ELB (Elastic Load Balance)</source>
        <translation>ELB（弹性负载均衡）</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>Target regions</source>
        <translation>目标区域</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>推送(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ccm::ui::RenewalDialog</name>
    <message>
        <source>Renewal</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) renews these certificates of the account:</source>
        <translation>“%1”（%2）为账号中的以下证书续期：</translation>
    </message>
    <message>
        <source>Renewed certificates</source>
        <translation>被续期的证书</translation>
    </message>
    <message>
        <source>%1 (%2), expires %3</source>
        <translation>%1（%2），%3 到期</translation>
    </message>
    <message>
        <source>The history has no push of them. Add the services to push the new certificate to, if any:</source>
        <translation>历史记录中没有它们的推送记录。如需推送新证书，请添加目标服务：</translation>
    </message>
    <message>
        <source>Push the new certificate where they were pushed (&amp;targets):</source>
        <translation>将新证书推送到它们推送过的地方（目标）(&amp;T)：</translation>
    </message>
    <message>
        <source>Push targets</source>
        <translation>推送目标</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>添加目标(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation>编辑目标(&amp;E)…</translation>
    </message>
    <message>
        <source>Afterwards &amp;delete the renewed certificates (only when every push succeeded)</source>
        <translation>之后删除被续期的证书（仅当全部推送成功时）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carry out</source>
        <translation>执行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
</context>
</TS>
