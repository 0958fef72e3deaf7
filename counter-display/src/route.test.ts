import { describe, expect, it } from 'vitest'
import { parseOptions, parseRoute, screenOf } from './route.js'

describe('parseRoute', () => {
  it.each([
    ['/display/', { screen: 'board' }],
    ['/display', { screen: 'board' }],
    ['/display/counter/3', { screen: 'counter', number: 3 }],
    ['/display/counter/12/', { screen: 'counter', number: 12 }],
    ['/queue/display/rating/7', { screen: 'rating', number: 7 }],
    ['/display/widget', { screen: 'widget' }],
    ['/counter/2', { screen: 'counter', number: 2 }],
    ['/display/counter/abc', { screen: 'board' }],
    ['/display/counter/1234', { screen: 'board' }],
  ])('%s', (path, route) => expect(parseRoute(path)).toEqual(route))
})

describe('parseOptions', () => {
  it('defaults to Vietnamese with faces', () => expect(parseOptions('')).toEqual({ lang: 'vi', faces: true, key: '' }))
  it('reads lang and faces', () => expect(parseOptions('?lang=en&faces=0&key=AbC-12_x')).toEqual({ lang: 'en', faces: false, key: 'AbC-12_x' }))
  it('ignores unknown languages', () => expect(parseOptions('?lang=fr').lang).toBe('vi'))
})

describe('screenOf', () => {
  it.each([
    ['/display/', { kind: 'board' }],
    ['/display/counter/3', { kind: 'counter', id: '3' }],
    ['/display/rating/7', { kind: 'pad', id: '7' }],
    ['/display/widget', { kind: 'widget' }],
  ])('%s', (path, screen) => expect(screenOf(parseRoute(path))).toEqual(screen))
})
