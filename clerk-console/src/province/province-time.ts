/** Vietnam has one time zone: the province's days and clock times are read in it, whatever the browser's own. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** Today's day key (YYYY-MM-DD) in Vietnam. */
export const todayKey = (now = new Date()): string => now.toLocaleDateString('sv-SE', { timeZone: PROVINCE_TIME_ZONE })

/** "06:35:02", the live view's last update. */
export const clockTime = (iso: string, lang: 'vi' | 'en'): string => new Date(iso).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: PROVINCE_TIME_ZONE })
