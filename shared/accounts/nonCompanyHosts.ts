/**
 * Hosts whose websites do not identify a company: social and profile pages, link shorteners
 * and link-in-bio pages, free e-mail providers, and site builders' shared hosts. Two companies
 * whose website is a LinkedIn page share `linkedin.com`; keyed on it they would be merged into
 * one account. These are lists of platforms, not of public suffixes: where a registrable
 * domain is needed, companyDomain.ts asks the Public Suffix List (tldts).
 */

export type NonCompanyKind = 'social' | 'link' | 'free-mail' | 'site-builder';

/** What the grid shows for each kind. */
export const NON_COMPANY_LABELS: Readonly<Record<NonCompanyKind, string>> = {
  social: 'Social or profile page',
  link: 'Link shortener or link page',
  'free-mail': 'Free e-mail provider',
  'site-builder': 'Shared site-builder host',
};

/**
 * The host and everything under it: `linkedin.com` also covers `de.linkedin.com`. A bare
 * `linkedin.com` may be LinkedIn the company, but a missed match only leaves a duplicate to
 * merge by hand, while a false one silently merges two companies: the safe side is chosen.
 */
const SOCIAL = [
  'linkedin.com',
  'lnkd.in',
  'facebook.com',
  'fb.com',
  'fb.me',
  'm.me',
  'messenger.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'threads.net',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'pinterest.com',
  'reddit.com',
  'snapchat.com',
  'tumblr.com',
  'medium.com',
  'substack.com',
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'crunchbase.com',
  'wikipedia.org',
  'wikimedia.org',
  'wikidata.org',
  'xing.com',
  'vk.com',
  'ok.ru',
  'weibo.com',
  'bsky.app',
  'mastodon.social',
  'discord.com',
  'discord.gg',
  'whatsapp.com',
  'wa.me',
  't.me',
  'telegram.me',
  'angel.co',
  'wellfound.com',
  'glassdoor.com',
  'indeed.com',
  'zoominfo.com',
  'owler.com',
  'pitchbook.com',
  'craft.co',
  'dnb.com',
  'g2.com',
  'capterra.com',
  'trustpilot.com',
  'yelp.com',
  'producthunt.com',
  'behance.net',
  'dribbble.com',
  'vimeo.com',
  'flickr.com',
  'soundcloud.com',
  'apps.apple.com',
  'play.google.com',
  'maps.google.com',
  'plus.google.com',
  'g.page',
] as const;

const LINK = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'buff.ly',
  'is.gd',
  'v.gd',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  'bl.ink',
  's.id',
  'linktr.ee',
  'linktree.com',
  'beacons.ai',
  'bio.link',
  'lnk.bio',
  'linkin.bio',
  'campsite.bio',
  'tap.bio',
  'taplink.cc',
  'solo.to',
  'hoo.be',
  'msha.ke',
  'flow.page',
  'allmylinks.com',
  'about.me',
  'carrd.co',
  'koji.to',
  'withkoji.com',
  'stan.store',
  'page.link',
] as const;

const FREE_MAIL = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'passport.com',
  'aol.com',
  'aim.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'tutanota.com',
  'tuta.io',
  'zoho.com',
  'zohomail.com',
  'yandex.com',
  'yandex.ru',
  'ya.ru',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'rambler.ru',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sohu.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mailbox.org',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
  'btinternet.com',
  'sky.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'bellsouth.net',
  'cox.net',
  'charter.net',
  'earthlink.net',
  'juno.com',
  'mail.com',
  'email.com',
  'usa.com',
  'fastmail.com',
  'hushmail.com',
  'rediffmail.com',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
] as const;

/**
 * Brands that give free mailboxes under many country domains (yahoo.co.jp, gmx.at,
 * hotmail.fr): matched on the registrable domain's name before the public suffix.
 */
export const FREE_MAIL_BRANDS: ReadonlySet<string> = new Set([
  'yahoo',
  'ymail',
  'rocketmail',
  'hotmail',
  'outlook',
  'gmx',
]);

/** Brands whose shared blog hosts exist under many country domains (blogspot.co.uk). */
export const SITE_BUILDER_BRANDS: ReadonlySet<string> = new Set(['blogspot']);

/**
 * Shared hosts that serve many customers' sites: a host under them (acme.wixsite.com) is
 * not a company's own domain. The bare host is usually the platform itself (squarespace.com
 * is Squarespace), so only hosts under it count, except where the shared host serves sites
 * by path (sites.google.com/view/acme), which `SHARED_PATH_HOSTS` lists.
 */
const SITE_BUILDER = [
  'wixsite.com',
  'editorx.io',
  'wixstudio.io',
  'squarespace.com',
  'wordpress.com',
  'blogspot.com',
  'blogger.com',
  'github.io',
  'gitlab.io',
  'webflow.io',
  'myshopify.com',
  'weebly.com',
  'weeblysite.com',
  'godaddysites.com',
  'jimdosite.com',
  'jimdofree.com',
  'jimdo.com',
  'strikingly.com',
  'mystrikingly.com',
  'site123.me',
  'webnode.page',
  'webnode.com',
  'yolasite.com',
  'webs.com',
  'zohosites.com',
  'square.site',
  'business.site',
  'ueniweb.com',
  'hpage.com',
  'notion.site',
  'framer.website',
  'framer.ai',
  'hs-sites.com',
  'hubspotpagebuilder.com',
  'mailchimpsites.com',
  'ghost.io',
  'bigcartel.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'azurewebsites.net',
  'onrender.com',
  'glitch.me',
] as const;

const SHARED_PATH_HOSTS = ['sites.google.com', 'docs.google.com', 'notion.so'] as const;

export interface HostRule {
  kind: NonCompanyKind;
  /** True when only hosts under this one match, not the host itself. */
  underOnly: boolean;
}

function rules(): Map<string, HostRule> {
  const map = new Map<string, HostRule>();
  const add = (hosts: readonly string[], kind: NonCompanyKind, underOnly: boolean) => {
    for (const h of hosts) if (!map.has(h)) map.set(h, { kind, underOnly });
  };
  add(SOCIAL, 'social', false);
  add(LINK, 'link', false);
  add(FREE_MAIL, 'free-mail', false);
  add(SHARED_PATH_HOSTS, 'site-builder', false);
  add(SITE_BUILDER, 'site-builder', true);
  return map;
}

export const HOST_RULES: ReadonlyMap<string, HostRule> = rules();
