// Lexicon: website clutter (menus, UI labels, widget text, photo credits) — general phrases, no names.

/**
 * Whole lines that are UI labels. Compared after lower-casing, collapsing spaces and
 * dropping trailing punctuation, so "Show more »" and "show more" both match.
 */
export const UI_LINES: readonly string[] = [
  'all news', 'latest news', 'top stories', 'breaking news', 'most read', 'most popular', 'trending', 'trending now',
  'currency converter', 'news search topics', 'use filter', 'filter', 'search', 'menu', 'home', 'close',
  'subscribe', 'subscribe now', 'unsubscribe', 'newsletter', 'sign in', 'sign up', 'log in', 'login', 'log out',
  'register', 'log in or register', 'sign in or register', 'my account',
  'show more', 'load more', 'read more', 'see more', 'view more', 'more', 'see also', 'read also', 'also read',
  'related', 'related news', 'related articles', 'related stories', 'related content', 'more stories',
  'more from this author', 'you may also like', 'recommended', 'recommended for you', 'editor\'s picks',
  'in other media', 'partner news', 'partner content', 'sponsored', 'sponsored content', 'advertisement',
  'ad', 'ads', 'promoted', 'newsfeed', 'news feed', 'loader', 'loading', 'chats', 'chat', 'comments', 'comment',
  'add comment', 'show comments', 'hide comments', 'leave a comment', 'post a comment', 'no comments',
  'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
  'tweet', 'email', 'print', 'copy link', 'link copied', 'follow us', 'follow', 'like', 'reply',
  'back to top', 'skip to content', 'skip to main content', 'next article', 'previous article', 'next', 'previous',
  'cookie policy', 'privacy policy', 'terms of use', 'terms and conditions', 'accept cookies', 'accept', 'got it',
  'go to the mediabank', 'mediabank', 'photo gallery', 'gallery', 'watch video', 'watch', 'video', 'listen',
  'play video', 'enlarge image', 'expand', 'collapse', 'topics', 'tags', 'tools', 'opinion', 'feedback',
  'get short url', 'short url', 'most viewed', 'most commented', 'editor\'s choice', 'full story', 'podcasts',
  'live updates', 'what do you think', 'join the discussion', 'report an error',
];

/** Line beginnings that mark widget or boilerplate text (lower case; the line must be short). */
export const UI_PREFIXES: readonly string[] = [
  'get the latest news from', 'to participate in the discussion', 'you can filter your feed',
  'by choosing only interesting', 'sign up for', 'subscribe for', 'follow us on',
  'click here', 'read more:', 'read also:', 'see also:', 'related:', 'also read:', 'more:', 'share on ',
  'image copyright', 'image caption', 'media caption', 'photo credit', 'image credit', 'picture credit',
  'all rights reserved', 'this site uses cookies', 'we use cookies', 'by continuing to use',
  'you need to enable javascript', 'please enable javascript', 'your browser does not support',
  'comments are closed', 'join the conversation', 'download our app', 'listen to this article',
  'reading time', 'updated:', 'last updated', 'like this story', 'if you like this story',
  'think your friends would be interested', 'you can share this story', 'share this story on',
  'the statements, views and opinions expressed in this column', 'subscribe to ', 'sign up to ',
  'for the latest news', 'we have a newsletter', 'report a typo',
];

/** Patterns for credit and editorial lines. Tested against the whole trimmed line. */
export const CLUTTER_PATTERNS: readonly RegExp[] = [
  /^(?:©|\(c\)\s)/i, // photo credit: "© Photographer/Agency"
  /^\(?(?:image|photo|picture|video|graphic)s?\s*(?:credit|copyright|source|courtesy)s?\s*:/i,
  /^(?:photo|image|picture|foto|credits?|source|caption)\s*:\s*\S.{0,80}$/i,
  /^\((?:adds|updates|recasts|corrects|rewrites|changes|writes through|refiles|repeats|fixes)\b[^)]{0,120}\)$/i,
  /^\((?:additional )?(?:reporting|writing|editing|compiled|translated|produced)\b[^)]{0,200}\)$/i,
  /^\((?:this |the )?(?:material|article|story|report|content)?\s*(?:was |is )?(?:provided|supplied|contributed|courtesy|sourced)\b[^)]{0,120}\)$/i,
  /^\d+\s+pages?\s+in\s+this\s+article$/i,
  /^page\s+\d+\s+of\s+\d+$/i,
  /^\d+\s+(?:comments?|shares?|views?|likes?)$/i,
  /^\d+\s*min(?:ute)?s?\.?\s+read$/i,
  /^(?:https?:\/\/|www\.)\S+$/i, // a bare link
  /^follow\s+(?:us|\S+)\s+on\s+\S+(?:\s+and\s+\S+)?$/i, // "Follow us on <platform>"
];

/** A line is only a site-name suffix ("- Outlet Name", "| Outlet Name"): 1–5 words after a dash or bar. */
export const SITE_NAME_LINE = /^[-–—|]\s*((?:\S+\s*){1,5})$/u;

/**
 * HTML class/id words that mark page furniture; an element whose class or id contains one of
 * these as a whole word (split on spaces, `-` and `_`) is dropped with its content.
 */
export const CLUTTER_CLASS_WORDS: readonly string[] = [
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'footer', 'header', 'masthead',
  'share', 'sharing', 'social', 'related', 'recommended', 'comments', 'comment', 'newsletter', 'subscribe',
  'subscription', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'promo', 'sponsored', 'outbrain', 'taboola',
  'cookie', 'cookies', 'consent', 'popup', 'modal', 'banner', 'caption', 'credit', 'credits', 'byline', 'tags',
  'toolbar', 'widget', 'hidden', 'visually', 'sr', 'skip', 'paywall', 'signup', 'login',
];
