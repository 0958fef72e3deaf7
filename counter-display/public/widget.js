/*
 * Lượt — public status widget. A centre's website includes:
 *   <script src="http://SERVER/widget.js" async></script>
 * and an iframe with the numbers being called and the waiting counts appears where the tag is
 * (or inside the element named by data-target="#id"). Optional: data-lang="en", data-width="480"
 * (max px), data-height="420" (px until the widget reports its own height). No cookies, no data
 * sent from the host page.
 */
;(function () {
  var script = document.currentScript
  if (!script || !script.src) return
  var src = new URL('display/widget', script.src)
  var lang = script.getAttribute('data-lang')
  if (lang === 'en' || lang === 'vi') src.searchParams.set('lang', lang)
  var frame = document.createElement('iframe')
  frame.src = src.href
  frame.title = 'Tình hình tiếp nhận hồ sơ / Queue status'
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin')
  frame.setAttribute('referrerpolicy', 'no-referrer')
  frame.style.cssText =
    'display:block;width:100%;max-width:' + (parseInt(script.getAttribute('data-width'), 10) || 480) + 'px;' +
    'height:' + (parseInt(script.getAttribute('data-height'), 10) || 420) + 'px;border:0;border-radius:8px;background:#fff'
  var target = null
  try {
    target = script.getAttribute('data-target') && document.querySelector(script.getAttribute('data-target'))
  } catch (e) {
    target = null // not a valid selector: fall back to placing it after the tag
  }
  if (target) target.appendChild(frame)
  else script.parentNode.insertBefore(frame, script.nextSibling)
  window.addEventListener('message', function (event) {
    var data = event.data
    if (event.source !== frame.contentWindow || event.origin !== src.origin) return
    if (data && data.type === 'luot-widget:height' && typeof data.height === 'number') {
      frame.style.height = Math.min(Math.max(Math.round(data.height), 120), 2000) + 'px'
    }
  })
})()
